# METADATA
# title: Lambda permission lets any principal invoke the function
# description: >-
#   An aws_lambda_permission with principal "*" and no source_arn, source_account
#   or principal_org_id adds a statement to the function's resource policy that
#   lets anyone, in any AWS account, invoke the function (or its function URL).
#   An attacker can then drive its code path, read what it returns and run up
#   cost, without any credential of the customer. Lambda enforces exactly the
#   resource policy the customer writes.
# custom:
#   id: SRM-AWS-LAMBDA-003
#   severity: critical
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_lambda_permission]}
#   remediation: >-
#     Grant the permission to the caller that needs it, e.g.
#     `principal = "apigateway.amazonaws.com"` with
#     `source_arn = "${aws_api_gateway_rest_api.api.execution_arn}/*/*"`, or an
#     account principal `principal = "111122223333"`; when "*" is unavoidable, restrict it
#     with `principal_org_id = "o-abc123"` or `source_account`.
#   frameworks: {nist-800-53: [AC-3, AC-6, SC-7]}
#   references:
#     - "https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission"
#   peers: {checkov: [CKV_AWS_301], kics: [lambda_permission_principal_is_wildcard]}
package srm.aws.lambda.permission_public

import data.srm.lib.terraform as tf

restricting := ["source_arn", "source_account", "principal_org_id"]

deny contains {
	"msg": sprintf("Lambda permission %s lets any principal (\"*\") call %s with no source_arn, source_account or principal_org_id condition", [r.address, object.get(r.values, "action", "lambda:InvokeFunction")]),
	"resource": r.address,
	"path": ["principal"],
} if {
	some r in tf.resources("aws_lambda_permission")
	r.values.principal == "*"
	not restricted(r.values)
}

# Any restricting attribute that is set (even to an expression) counts.
restricted(values) if {
	some attr in restricting
	value := object.get(values, attr, null)
	value != null
	value != ""
}
