package srm.aws.secretsmanager.recovery_window_test

import data.srm.aws.secretsmanager.recovery_window as policy

secret(values) := {"format": "terraform", "module": ".", "resources": {"aws_secretsmanager_secret": [{
	"address": "aws_secretsmanager_secret.db", "type": "aws_secretsmanager_secret", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "prod/db"}, values),
}]}}

test_zero_window_reported if {
	findings := policy.deny with input as secret({"recovery_window_in_days": 0})
	count(findings) == 1
	some f in findings
	f.path == ["recovery_window_in_days"]
}

test_windows_pass if {
	count(policy.deny) == 0 with input as secret({})
	count(policy.deny) == 0 with input as secret({"recovery_window_in_days": 7})
	count(policy.deny) == 0 with input as secret({"recovery_window_in_days": "${var.recovery_window}"})
}

test_fix_removes_the_zero_window if {
	every value in [0, "0"] {
		findings := policy.deny with input as secret({"recovery_window_in_days": value})
		{f.fix | some f in findings} == {[{"remove": ["recovery_window_in_days"]}]}
	}
}
