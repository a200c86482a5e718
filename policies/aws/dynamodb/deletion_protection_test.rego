package srm.aws.dynamodb.deletion_protection_test

import data.srm.aws.dynamodb.deletion_protection as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_dynamodb_table": [{
	"address": "aws_dynamodb_table.orders", "type": "aws_dynamodb_table", "name": "orders",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "orders", "hash_key": "id"}, values), "references": {},
}]}}

test_disabled_and_omitted_are_reported if {
	findings := policy.deny with input as doc({"deletion_protection_enabled": false})
	{f.path | some f in findings} == {["deletion_protection_enabled"]}
	omitted := policy.deny with input as doc({})
	{f.path | some f in omitted} == {["deletion_protection_enabled"]}
}

test_enabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"deletion_protection_enabled": true})
	count(policy.deny) == 0 with input as doc({"deletion_protection_enabled": "${var.protect}"})
}

test_fix_turns_deletion_protection_on if {
	every values in [{"deletion_protection_enabled": false}, {}] {
		findings := policy.deny with input as doc(values)
		{f.fix | some f in findings} == {[{"set": ["deletion_protection_enabled"], "value": true}]}
	}
}
