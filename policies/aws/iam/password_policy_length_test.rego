package srm.aws.iam.password_policy_length_test

import data.srm.aws.iam.password_policy_length as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_iam_account_password_policy": [{
	"address": "aws_iam_account_password_policy.strict", "type": "aws_iam_account_password_policy", "name": "strict",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_short_or_missing_length_is_reported if {
	findings := policy.deny with input as doc({"minimum_password_length": 8})
	{f.path | some f in findings} == {["minimum_password_length"]}
	count(policy.deny) == 1 with input as doc({"minimum_password_length": "12"})
	count(policy.deny) == 1 with input as doc({"require_symbols": true})
}

test_long_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"minimum_password_length": 14})
	count(policy.deny) == 0 with input as doc({"minimum_password_length": 20})
	count(policy.deny) == 0 with input as doc({"minimum_password_length": "${var.min_length}"})
}

test_fix_requires_14_characters if {
	every values in [{"minimum_password_length": 8}, {"minimum_password_length": "12"}, {"require_symbols": true}] {
		findings := policy.deny with input as doc(values)
		{f.fix | some f in findings} == {[{"set": ["minimum_password_length"], "value": 14}]}
	}
}
