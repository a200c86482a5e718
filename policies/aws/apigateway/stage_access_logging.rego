# METADATA
# title: API Gateway stage does not write access logs
# description: >-
#   Access logs are the per-request record of an API: caller IP, identity,
#   method, path, status and latency. Without them credential stuffing, scraping,
#   abuse of an unauthenticated route or the requests behind a data leak cannot be
#   detected or reconstructed. API Gateway writes no access log unless the stage
#   names a destination log group or Firehose stream and a format.
# custom:
#   id: SRM-AWS-APIGW-001
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_api_gateway_stage, aws_apigatewayv2_stage]}
#   remediation: >-
#     Add an access log destination and format to the stage:
#     `access_log_settings { destination_arn = aws_cloudwatch_log_group.api.arn
#     format = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp",
#     status = "$context.status" }) }`.
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html"
#     - "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-9"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage#access_log_settings"
#   peers: {checkov: [CKV_AWS_76], trivy: [AVD-AWS-0001]}
package srm.aws.apigateway.stage_access_logging

import data.srm.lib.terraform as tf

stage_types := ["aws_api_gateway_stage", "aws_apigatewayv2_stage"]

deny contains {
	"msg": sprintf("API Gateway stage %s writes no access logs: access_log_settings is not set", [r.address]),
	"resource": r.address,
	"path": ["access_log_settings"],
} if {
	some type in stage_types
	some r in tf.resources(type)
	count(tf.blocks(r.values, "access_log_settings")) == 0
}

deny contains {
	"msg": sprintf("API Gateway stage %s writes no access logs: access_log_settings.destination_arn is empty", [r.address]),
	"resource": r.address,
	"path": ["access_log_settings", i, "destination_arn"],
} if {
	some type in stage_types
	some r in tf.resources(type)
	some i, settings in tf.blocks(r.values, "access_log_settings")
	object.get(settings, "destination_arn", "") == ""
}
