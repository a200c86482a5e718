package srm.aws.lambda.confidential_env_cmk_test

import data.srm.aws.lambda.confidential_env_cmk as policy

function(values) := {"format": "terraform", "module": ".", "resources": {"aws_lambda_function": [{
	"address": "aws_lambda_function.billing", "type": "aws_lambda_function", "name": "billing",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"function_name": "billing", "runtime": "python3.13", "handler": "app.handler"}, values),
}]}}

env := {"environment": [{"variables": {"DB_HOST": "db.internal", "TABLE": "invoices"}}]}

confidential := {"tags": {"data-classification": "confidential"}}

test_confidential_function_without_cmk_reported if {
	findings := policy.deny with input as function(object.union(env, confidential))
	count(findings) == 1
	some f in findings
	f.path == ["kms_key_arn"]
	contains(f.msg, "confidential")
}

test_restricted_function_with_computed_variables_reported if {
	count(policy.deny) == 1 with input as function({
		"environment": [{"variables": "${local.billing_env}"}],
		"tags": {"DataClassification": "Restricted"},
	})
}

test_cmk_or_no_variables_passes if {
	count(policy.deny) == 0 with input as function(object.union(object.union(env, confidential), {"kms_key_arn": "${aws_kms_key.lambda.arn}"}))
	count(policy.deny) == 0 with input as function(confidential)
	count(policy.deny) == 0 with input as function(object.union(confidential, {"environment": [{"variables": {}}]}))
}

test_other_classes_not_in_scope if {
	count(policy.deny) == 0 with input as function(object.union(env, {"tags": {"data-classification": "internal"}}))
	count(policy.deny) == 0 with input as function(env)
	count(policy.deny) == 0 with input as function(object.union(env, {"tags": "${var.tags}"}))
}
