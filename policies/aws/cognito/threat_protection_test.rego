package srm.aws.cognito.threat_protection_test

import data.srm.aws.cognito.threat_protection as policy

pool(values) := {"format": "terraform", "module": ".", "resources": {"aws_cognito_user_pool": [{
	"address": "aws_cognito_user_pool.customers", "type": "aws_cognito_user_pool", "name": "customers", "mode": "managed", "file": "main.tf",
	"values": object.union({"name": "customers"}, values), "references": {},
}]}}

test_off_or_audit_is_reported if {
	findings := policy.deny with input as pool({"user_pool_add_ons": [{"advanced_security_mode": "AUDIT"}]})
	{f.path | some f in findings} == {["user_pool_add_ons", 0, "advanced_security_mode"]}
	count(policy.deny) == 1 with input as pool({"user_pool_add_ons": [{"advanced_security_mode": "OFF"}]})
}

test_omitted_is_reported if {
	findings := policy.deny with input as pool({})
	{f.path | some f in findings} == {["user_pool_add_ons"]}
}

test_enforced_and_unresolved_pass if {
	count(policy.deny) == 0 with input as pool({"user_pool_tier": "PLUS", "user_pool_add_ons": [{"advanced_security_mode": "ENFORCED"}]})
	count(policy.deny) == 0 with input as pool({"user_pool_add_ons": [{"advanced_security_mode": "${var.security_mode}"}]})
	count(policy.unknown) == 1 with input as pool({"user_pool_add_ons": [{"advanced_security_mode": "${var.security_mode}"}]})
	count(policy.unknown) == 0 with input as pool({"user_pool_add_ons": [{"advanced_security_mode": "ENFORCED"}]})
}
