package srm.aws.dynamodb.point_in_time_recovery_test

import data.srm.aws.dynamodb.point_in_time_recovery as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_dynamodb_table": [{
	"address": "aws_dynamodb_table.orders", "type": "aws_dynamodb_table", "name": "orders",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "orders", "hash_key": "id"}, values), "references": {},
}]}}

test_missing_block_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["point_in_time_recovery", 0, "enabled"]}
}

test_disabled_is_reported if {
	findings := policy.deny with input as doc({"point_in_time_recovery": [{"enabled": false}]})
	{f.path | some f in findings} == {["point_in_time_recovery", 0, "enabled"]}
	count(policy.deny) == 1 with input as doc({"point_in_time_recovery": {"enabled": "false"}})
}

test_enabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"point_in_time_recovery": [{"enabled": true}]})
	count(policy.deny) == 0 with input as doc({"point_in_time_recovery": [{"enabled": "${var.pitr}"}]})
}

test_fix_turns_point_in_time_recovery_on if {
	every values in [{}, {"point_in_time_recovery": [{"enabled": false}]}, {"point_in_time_recovery": {"enabled": "false"}}] {
		findings := policy.deny with input as doc(values)
		{f.fix | some f in findings} == {[{"set": ["point_in_time_recovery", 0, "enabled"], "value": true}]}
	}
}
