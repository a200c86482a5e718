package srm.aws.ssm.secret_parameter_type_test

import data.srm.aws.ssm.secret_parameter_type as policy

parameter(name, type) := {"format": "terraform", "module": ".", "resources": {"aws_ssm_parameter": [{
	"address": "aws_ssm_parameter.p", "type": "aws_ssm_parameter", "name": "p",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": name, "type": type, "value": "${random_password.db.result}"},
}]}}

test_plain_password_reported if {
	findings := policy.deny with input as parameter("/prod/orders/db_password", "String")
	count(findings) == 1
	some f in findings
	f.path == ["type"]
	count(policy.deny) == 1 with input as parameter("/prod/app/API_TOKEN", "StringList")
	count(policy.deny) == 1 with input as parameter("stripe-api-key", "String")
}

test_secure_string_passes if {
	count(policy.deny) == 0 with input as parameter("/prod/orders/db_password", "SecureString")
}

test_other_names_do_not_apply if {
	count(policy.deny) == 0 with input as parameter("/prod/orders/db_host", "String")
	count(policy.deny) == 0 with input as parameter("/prod/orders/password_secret_arn", "String")
	count(policy.deny) == 0 with input as parameter("/prod/orders/token_ttl", "String")
	count(policy.applies) == 0 with input as parameter("/prod/orders/db_host", "String")
	policy.applies == {"aws_ssm_parameter.p"} with input as parameter("/prod/orders/db_password", "SecureString")
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as parameter("/prod/orders/db_password", "${var.type}")
	policy.unknown == {{"resource": "aws_ssm_parameter.p", "path": ["type"]}} with input as parameter("/prod/orders/db_password", "${var.type}")
	count(policy.deny) == 0 with input as parameter("${var.name}", "String")
}
