# METADATA
# title: API Gateway method can be called without any authorization
# description: >-
#   A REST API method with authorization "NONE" and no API key requirement
#   forwards every anonymous request from the internet to its backend integration:
#   Lambda functions, HTTP services or AWS service actions run on behalf of
#   whoever calls the URL. API Gateway supports IAM, Cognito user pools and Lambda
#   authorizers, but uses none unless the customer configures one per method
#   (OPTIONS methods answering CORS preflight are the usual exception).
# custom:
#   id: SRM-AWS-APIGW-003
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_api_gateway_method]}
#   remediation: >-
#     Authenticate callers: `authorization = "AWS_IAM"`, or
#     `authorization = "COGNITO_USER_POOLS"` / `"CUSTOM"` with
#     `authorizer_id = aws_api_gateway_authorizer.main.id`; for partner APIs at
#     least `api_key_required = true` with a usage plan.
#   frameworks: {nist-800-53: [AC-3, AC-14, IA-2]}
#   references:
#     - "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method#authorization"
#   peers: {checkov: [CKV_AWS_59], kics: [api_gateway_with_open_access], trivy: [AVD-AWS-0004]}
package srm.aws.apigateway.method_without_authorization

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("API Gateway method %s (%s) accepts anonymous requests: authorization is \"NONE\" and no API key is required", [r.address, method]),
	"resource": r.address,
	"path": ["authorization"],
} if {
	some r in tf.resources("aws_api_gateway_method")
	known_upper(r.values.authorization) == "NONE"
	method := known_upper(r.values.http_method)
	method != "OPTIONS"
	not api_key_required_or_unknown(r.values)
}

known_upper(value) := upper(value) if {
	is_string(value)
	not tf.is_unresolved(value)
}

api_key_required_or_unknown(values) if tf.is_true(object.get(values, "api_key_required", false))

api_key_required_or_unknown(values) if tf.is_unresolved(object.get(values, "api_key_required", false))
