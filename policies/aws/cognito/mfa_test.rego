package srm.aws.cognito.mfa_test

import data.srm.aws.cognito.mfa as policy

pool(values) := {"format": "terraform", "module": ".", "resources": {"aws_cognito_user_pool": [{
	"address": "aws_cognito_user_pool.customers", "type": "aws_cognito_user_pool", "name": "customers", "mode": "managed", "file": "main.tf",
	"values": object.union({"name": "customers"}, values), "references": {},
}]}}

test_mfa_off_is_reported if {
	findings := policy.deny with input as pool({"mfa_configuration": "OFF"})
	{f.path | some f in findings} == {["mfa_configuration"]}
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as pool({})
	count(policy.deny) == 1 with input as pool({"sign_in_policy": [{"allowed_first_auth_factors": ["PASSWORD", "EMAIL_OTP"]}]})
}

test_mfa_on_optional_and_unresolved_pass if {
	count(policy.deny) == 0 with input as pool({"mfa_configuration": "ON", "software_token_mfa_configuration": [{"enabled": true}]})
	count(policy.deny) == 0 with input as pool({"mfa_configuration": "OPTIONAL"})
	count(policy.deny) == 0 with input as pool({"mfa_configuration": "${var.mfa}"})
}

test_passwordless_pools_are_not_judged if {
	count(policy.deny) == 0 with input as pool({"sign_in_policy": [{"allowed_first_auth_factors": ["WEB_AUTHN", "EMAIL_OTP"]}]})
	count(policy.applies) == 0 with input as pool({"sign_in_policy": [{"allowed_first_auth_factors": ["WEB_AUTHN"]}]})
	policy.applies == {"aws_cognito_user_pool.customers"} with input as pool({})
}

test_unresolved_is_unknown if {
	count(policy.unknown) == 1 with input as pool({"mfa_configuration": "${var.mfa}"})
	count(policy.unknown) == 0 with input as pool({"mfa_configuration": "ON"})
}
