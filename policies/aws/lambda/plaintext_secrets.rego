# METADATA
# title: Lambda function receives a secret as a plaintext environment variable
# description: >-
#   Environment variables are part of the function configuration: anyone allowed
#   lambda:GetFunctionConfiguration, the console, the Terraform state and every
#   deployment pipeline see the password, token or key in clear, and it cannot be
#   rotated without redeploying the function. Lambda only encrypts the stored
#   configuration; keeping credentials out of it, in Secrets Manager or SSM
#   Parameter Store, is the customer's duty.
# custom:
#   id: SRM-AWS-LAMBDA-007
#   severity: high
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_lambda_function]}
#   remediation: >-
#     Store the value in Secrets Manager and pass only its name or ARN:
#     `environment { variables = { DB_SECRET_ARN = aws_secretsmanager_secret.db.arn } }`,
#     then read it at run time (for example with the AWS Parameters and Secrets
#     Lambda Extension).
#   frameworks: {nist-800-53: [IA-5(7), SC-28]}
#   references:
#     - "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html"
#     - "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#environment"
#   peers: {checkov: [CKV_AWS_45]}
package srm.aws.lambda.plaintext_secrets

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Lambda function %s passes %q as a plaintext environment variable; keep it in Secrets Manager or SSM Parameter Store", [r.address, name]),
	"resource": r.address,
	"path": ["environment", i, "variables", name],
} if {
	some r in tf.resources("aws_lambda_function")
	some i, environment in tf.blocks(r.values, "environment")
	variables := object.get(environment, "variables", {})
	is_object(variables)
	some name, value in variables
	tf.looks_like_secret_name(name)
	carries_value(value)
}

# A value is carried (literal or computed: either way it is stored in the
# function configuration); empty strings and ARNs of secrets are not secrets.
carries_value(value) if {
	is_string(value)
	value != ""
	not startswith(value, "arn:aws")
}

carries_value(value) if is_number(value)
