# METADATA
# title: API Gateway REST API stage does not have X-Ray tracing enabled
# description: >-
#   X-Ray tracing follows each request from the API stage through its Lambda,
#   HTTP or AWS service integrations, with latency and errors per hop. Without it,
#   an abusive client's path through the backend, a failing integration or an
#   unusual downstream call during an incident is much harder to reconstruct.
#   Tracing is off on a REST API stage until the customer enables it.
# custom:
#   id: SRM-AWS-APIGW-002
#   severity: low
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_api_gateway_stage]}
#   remediation: >-
#     Enable tracing on the stage: `xray_tracing_enabled = true`.
#   frameworks: {nist-800-53: [AU-12, SI-4]}
#   references:
#     - "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-3"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage#xray_tracing_enabled"
#   peers: {checkov: [CKV_AWS_73], kics: [api_gateway_xray_disabled], trivy: [AVD-AWS-0003]}
package srm.aws.apigateway.stage_xray_tracing

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("API Gateway stage %s does not trace requests with X-Ray (xray_tracing_enabled = %v)", [r.address, r.values.xray_tracing_enabled]),
	"resource": r.address,
	"path": ["xray_tracing_enabled"],
} if {
	some r in tf.resources("aws_api_gateway_stage")
	tf.is_false(r.values.xray_tracing_enabled)
}

deny contains {
	"msg": sprintf("API Gateway stage %s does not trace requests with X-Ray: xray_tracing_enabled is not set (default false)", [r.address]),
	"resource": r.address,
	"path": ["xray_tracing_enabled"],
} if {
	some r in tf.resources("aws_api_gateway_stage")
	not "xray_tracing_enabled" in object.keys(r.values)
}
