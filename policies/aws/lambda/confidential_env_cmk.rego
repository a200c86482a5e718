# METADATA
# title: Lambda function with confidential data keeps its environment variables under an AWS managed key
# description: >-
#   Lambda encrypts environment variables at rest with the aws/lambda AWS managed
#   key by default. For a function classified confidential or restricted that key
#   is not enough: its key policy cannot be narrowed, so every principal allowed
#   lambda:GetFunctionConfiguration reads the values in clear, and decryptions are
#   not separable in CloudTrail. Data classified this way is expected to sit under
#   a customer managed key whose use the customer controls and can revoke.
# custom:
#   id: SRM-AWS-LAMBDA-006
#   severity: medium
#   areas: [compliance, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_lambda_function]}
#   remediation: >-
#     Encrypt the environment with a customer managed key:
#     `kms_key_arn = aws_kms_key.lambda.arn` (grant the execution role
#     `kms:Decrypt` on it), or move the sensitive values to Secrets Manager.
#   frameworks: {nist-800-53: [SC-12, SC-28(1), RA-2]}
#   references:
#     - "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html"
#     - "https://docs.aws.amazon.com/whitepapers/latest/data-classification/data-classification-overview.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#kms_key_arn"
package srm.aws.lambda.confidential_env_cmk

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Lambda function %s is classified %s but its environment variables are encrypted with the AWS managed key: kms_key_arn is not set", [r.address, concat("/", sort(tf.classifications(r.values)))]),
	"resource": r.address,
	"path": ["kms_key_arn"],
} if {
	some r in tf.resources("aws_lambda_function")
	tf.is_sensitive(r.values)
	has_environment(r.values)
	not has_key(r.values)
}

has_environment(values) if {
	some environment in tf.blocks(values, "environment")
	variables := object.get(environment, "variables", {})
	is_object(variables)
	count(variables) > 0
}

# Variables computed by an expression: there may well be some.
has_environment(values) if {
	some environment in tf.blocks(values, "environment")
	tf.is_unresolved(object.get(environment, "variables", {}))
}

has_key(values) if {
	key := object.get(values, "kms_key_arn", "")
	key != ""
	key != null
}
