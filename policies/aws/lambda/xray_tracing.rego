# METADATA
# title: Lambda function does not have active X-Ray tracing
# description: >-
#   Without active tracing a Lambda function records no X-Ray segments for its
#   invocations: the calls it makes to other services, their latency and their
#   errors are invisible, so an unusual downstream call, a data exfiltration path
#   or the failing hop of an incident cannot be followed across services. The
#   default mode, PassThrough, only traces requests that arrive already sampled;
#   the customer must ask for Active.
# custom:
#   id: SRM-AWS-LAMBDA-002
#   severity: low
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_lambda_function]}
#   remediation: >-
#     Turn on active tracing: `tracing_config { mode = "Active" }`, and give the
#     execution role the `AWSXRayDaemonWriteAccess` managed policy.
#   frameworks: {nist-800-53: [AU-12, SI-4]}
#   references:
#     - "https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#tracing_config"
#   peers: {checkov: [CKV_AWS_50], kics: [lambda_functions_without_x-ray_tracing], trivy: [AVD-AWS-0066]}
package srm.aws.lambda.xray_tracing

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Lambda function %s has no tracing_config: X-Ray tracing runs in PassThrough mode (not active)", [r.address]),
	"resource": r.address,
	"path": ["tracing_config"],
} if {
	some r in tf.resources("aws_lambda_function")
	count(tf.blocks(r.values, "tracing_config")) == 0
}

deny contains {
	"msg": sprintf("Lambda function %s does not trace its invocations actively: tracing_config.mode is %q", [r.address, config.mode]),
	"resource": r.address,
	"path": ["tracing_config", i, "mode"],
} if {
	some r in tf.resources("aws_lambda_function")
	some i, config in tf.blocks(r.values, "tracing_config")
	is_string(config.mode)
	not tf.is_unresolved(config.mode)
	config.mode != "Active"
}
