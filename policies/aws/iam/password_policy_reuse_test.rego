package srm.aws.iam.password_policy_reuse_test

import data.srm.aws.iam.password_policy_reuse as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_iam_account_password_policy": [{
	"address": "aws_iam_account_password_policy.strict", "type": "aws_iam_account_password_policy", "name": "strict",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_low_or_missing_reuse_prevention_is_reported if {
	findings := policy.deny with input as doc({"password_reuse_prevention": 5})
	{f.path | some f in findings} == {["password_reuse_prevention"]}
	count(policy.deny) == 1 with input as doc({"minimum_password_length": 14})
}

test_24_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"password_reuse_prevention": 24})
	count(policy.deny) == 0 with input as doc({"password_reuse_prevention": "${var.reuse}"})
}

test_fix_remembers_24_passwords if {
	every values in [{"password_reuse_prevention": 5}, {"minimum_password_length": 14}] {
		findings := policy.deny with input as doc(values)
		{f.fix | some f in findings} == {[{"set": ["password_reuse_prevention"], "value": 24}]}
	}
}
