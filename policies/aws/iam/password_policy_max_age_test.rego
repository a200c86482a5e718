package srm.aws.iam.password_policy_max_age_test

import data.srm.aws.iam.password_policy_max_age as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_iam_account_password_policy": [{
	"address": "aws_iam_account_password_policy.strict", "type": "aws_iam_account_password_policy", "name": "strict",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_long_or_unlimited_age_is_reported if {
	findings := policy.deny with input as doc({"max_password_age": 365})
	{f.path | some f in findings} == {["max_password_age"]}
	count(policy.deny) == 1 with input as doc({"max_password_age": 0})
	count(policy.deny) == 1 with input as doc({"max_password_age": "180"})
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as doc({"minimum_password_length": 14})
}

test_ninety_days_or_less_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"max_password_age": 90})
	count(policy.deny) == 0 with input as doc({"max_password_age": 60})
	count(policy.deny) == 0 with input as doc({"max_password_age": "${var.max_age}"})
	count(policy.unknown) == 1 with input as doc({"max_password_age": "${var.max_age}"})
	count(policy.unknown) == 0 with input as doc({"max_password_age": 90})
}

test_fix_expires_passwords_after_90_days if {
	every values in [{"max_password_age": 365}, {"max_password_age": 0}, {"max_password_age": "180"}, {"minimum_password_length": 14}] {
		findings := policy.deny with input as doc(values)
		{f.fix | some f in findings} == {[{"set": ["max_password_age"], "value": 90}]}
	}
}
