package srm.aws.cognito.password_policy_test

import data.srm.aws.cognito.password_policy as policy

pool(values) := {"format": "terraform", "module": ".", "resources": {"aws_cognito_user_pool": [{
	"address": "aws_cognito_user_pool.customers", "type": "aws_cognito_user_pool", "name": "customers", "mode": "managed", "file": "main.tf",
	"values": object.union({"name": "customers"}, values), "references": {},
}]}}

test_short_minimum_without_mfa_is_reported if {
	findings := policy.deny with input as pool({"password_policy": [{"minimum_length": 12}]})
	{f.path | some f in findings} == {["password_policy", 0, "minimum_length"]}
	count(policy.deny) == 1 with input as pool({"mfa_configuration": "OPTIONAL", "password_policy": [{"minimum_length": "8"}]})
}

test_too_short_even_with_mfa_is_reported if {
	count(policy.deny) == 1 with input as pool({"mfa_configuration": "ON", "password_policy": [{"minimum_length": 6}]})
}

test_default_length_without_mfa_is_reported if {
	findings := policy.deny with input as pool({})
	{f.path | some f in findings} == {["password_policy"]}
	findings2 := policy.deny with input as pool({"password_policy": [{"require_symbols": true}]})
	{f.path | some f in findings2} == {["password_policy", 0, "minimum_length"]}
}

test_long_enough_passes if {
	count(policy.deny) == 0 with input as pool({"password_policy": [{"minimum_length": 15}]})
	count(policy.deny) == 0 with input as pool({"mfa_configuration": "ON", "password_policy": [{"minimum_length": 8}]})
	count(policy.deny) == 0 with input as pool({"mfa_configuration": "ON"})
	count(policy.deny) == 0 with input as pool({"mfa_configuration": "${var.mfa}", "password_policy": [{"minimum_length": 10}]})
}

test_unresolved_and_passwordless_are_not_reported if {
	count(policy.deny) == 0 with input as pool({"password_policy": [{"minimum_length": "${var.min_length}"}]})
	count(policy.unknown) == 1 with input as pool({"password_policy": [{"minimum_length": "${var.min_length}"}]})
	count(policy.deny) == 0 with input as pool({"sign_in_policy": [{"allowed_first_auth_factors": ["WEB_AUTHN"]}]})
	count(policy.applies) == 0 with input as pool({"sign_in_policy": [{"allowed_first_auth_factors": ["WEB_AUTHN"]}]})
	policy.applies == {"aws_cognito_user_pool.customers"} with input as pool({})
}
