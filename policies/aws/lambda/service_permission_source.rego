# METADATA
# title: Lambda permission for an AWS service is not limited to a source resource or account
# description: >-
#   A permission granted to a service principal such as s3.amazonaws.com or
#   sns.amazonaws.com without source_arn or source_account lets that service
#   invoke the function on behalf of any resource, in any AWS account: another
#   customer's bucket or topic can trigger it (the confused deputy problem) and
#   feed it crafted events. AWS passes the source ARN and account with every
#   service call, but only a condition in the resource policy checks them.
# custom:
#   id: SRM-AWS-LAMBDA-004
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_lambda_permission]}
#   remediation: >-
#     Name the resource that may trigger the function:
#     `source_arn = aws_s3_bucket.uploads.arn` (or the topic, rule, API execution
#     ARN), and for S3 also `source_account = data.aws_caller_identity.current.account_id`.
#   frameworks: {nist-800-53: [AC-3, AC-6]}
#   references:
#     - "https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html"
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission#source_arn"
#   peers: {checkov: [CKV_AWS_364], trivy: [AVD-AWS-0067]}
package srm.aws.lambda.service_permission_source

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Lambda permission %s lets the service %s invoke the function for any resource in any account: neither source_arn nor source_account is set", [r.address, principal]),
	"resource": r.address,
	"path": ["principal"],
} if {
	some r in tf.resources("aws_lambda_permission")
	principal := r.values.principal
	is_string(principal)
	not tf.is_unresolved(principal)
	endswith(lower(principal), ".amazonaws.com")
	not set(r.values, "source_arn")
	not set(r.values, "source_account")
}

# The attribute is written (a literal or an expression).
set(values, attr) if {
	value := object.get(values, attr, null)
	value != null
	value != ""
}
