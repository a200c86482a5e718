# METADATA
# title: Lambda function URL accepts unauthenticated requests
# description: >-
#   A function URL with authorization_type NONE is a public HTTPS endpoint: anyone
#   on the internet who finds the URL can invoke the function, with no IAM
#   signature, no WAF and no throttling per caller, and every request is billed to
#   the customer. Lambda offers AWS_IAM authentication for URLs, or an API
#   Gateway/CloudFront front door with authorizers and WAF; choosing NONE leaves
#   all authentication to the function's own code.
# custom:
#   id: SRM-AWS-LAMBDA-005
#   severity: high
#   areas: [iam, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_lambda_function_url]}
#   remediation: >-
#     Require SigV4-signed callers: `authorization_type = "AWS_IAM"` (grant
#     `lambda:InvokeFunctionUrl` to the callers), or put the function behind API
#     Gateway with an authorizer, or behind CloudFront with origin access control.
#   fix: {safety: unsafe, change: "Sets `authorization_type = \"AWS_IAM\"`; the URL then accepts only SigV4-signed requests from principals allowed `lambda:InvokeFunctionUrl`, so browsers, webhooks and other unsigned callers get 403 errors."}
#   frameworks: {nist-800-53: [AC-3, IA-2, SC-7]}
#   references:
#     - "https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html"
#     - "https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function_url#authorization_type"
#   peers: {checkov: [CKV_AWS_258]}
package srm.aws.lambda.function_url_unauthenticated

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Lambda function URL %s accepts unauthenticated requests from the internet (authorization_type = \"NONE\")", [r.address]),
	"resource": r.address,
	"path": ["authorization_type"],
	"fix": [{"set": ["authorization_type"], "value": "AWS_IAM"}],
} if {
	some r in tf.resources("aws_lambda_function_url")
	is_string(r.values.authorization_type)
	upper(r.values.authorization_type) == "NONE"
}
