package srm.aws.cloudwatch.log_group_retention_test

import data.srm.aws.cloudwatch.log_group_retention as policy

group(values) := {"format": "terraform", "module": ".", "resources": {"aws_cloudwatch_log_group": [{
	"address": "aws_cloudwatch_log_group.g", "type": "aws_cloudwatch_log_group", "name": "g", "mode": "managed",
	"file": "main.tf", "values": object.union({"name": "/app/g"}, values), "references": {},
}]}}

test_long_or_unset_retention_passes if {
	count(policy.deny) == 0 with input as group({})
	count(policy.deny) == 0 with input as group({"retention_in_days": 0})
	count(policy.deny) == 0 with input as group({"retention_in_days": 365})
	count(policy.deny) == 0 with input as group({"retention_in_days": 3653})
	count(policy.deny) == 0 with input as group({"retention_in_days": "400"})
	count(policy.deny) == 0 with input as group({"retention_in_days": "${var.retention}"})
}

test_short_retention_reported if {
	findings := policy.deny with input as group({"retention_in_days": 30})
	{[f.resource, f.path] | some f in findings} == {["aws_cloudwatch_log_group.g", ["retention_in_days"]]}
	count(policy.deny) == 1 with input as group({"retention_in_days": "180"})
	count(policy.deny) == 1 with input as group({"retention_in_days": 1})
}

test_fix_keeps_logs_for_a_year if {
	every value in [30, "180"] {
		findings := policy.deny with input as group({"retention_in_days": value})
		{f.fix | some f in findings} == {[{"set": ["retention_in_days"], "value": 365}]}
	}
}
