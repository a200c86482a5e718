package srm.aws.dynamodb.sensitive_table_cmk_test

import data.srm.aws.dynamodb.sensitive_table_cmk as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_dynamodb_table": [{
	"address": "aws_dynamodb_table.customers", "type": "aws_dynamodb_table", "name": "customers",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "customers", "hash_key": "id"}, values), "references": {},
}]}}

confidential := {"tags": {"data-classification": "confidential"}}

test_no_sse_block_is_reported if {
	findings := policy.deny with input as doc(confidential)
	{f.path | some f in findings} == {["server_side_encryption", 0, "kms_key_arn"]}
}

test_disabled_and_managed_keys_are_reported if {
	findings := policy.deny with input as doc(object.union(confidential, {"server_side_encryption": [{"enabled": false}]}))
	{f.path | some f in findings} == {["server_side_encryption", 0, "enabled"]}
	aws_managed := policy.deny with input as doc(object.union(confidential, {"server_side_encryption": [{"enabled": true}]}))
	{f.path | some f in aws_managed} == {["server_side_encryption", 0, "kms_key_arn"]}
	alias := policy.deny with input as doc(object.union(confidential, {"server_side_encryption": [{"enabled": true, "kms_key_arn": "arn:aws:kms:eu-west-1:111122223333:alias/aws/dynamodb"}]}))
	count(alias) == 1
}

test_cmk_passes if {
	count(policy.deny) == 0 with input as doc(object.union(confidential, {"server_side_encryption": [{"enabled": true, "kms_key_arn": "${aws_kms_key.dynamodb.arn}"}]}))
	count(policy.deny) == 0 with input as doc(object.union(confidential, {"server_side_encryption": [{"enabled": "${var.sse}", "kms_key_arn": "${var.key}"}]}))
}

test_unclassified_or_internal_tables_are_not_judged if {
	count(policy.deny) == 0 with input as doc({})
	count(policy.deny) == 0 with input as doc({"tags": {"DataClassification": "internal"}})
	count(policy.deny) == 0 with input as doc({"tags": "${local.tags}"})
}

test_only_classified_tables_are_judged if {
	count(policy.applies) == 0 with input as doc({"name": "t", "tags": {"data-classification": "internal"}})
	count(policy.applies) == 0 with input as doc({"name": "t"})
	policy.applies == {"aws_dynamodb_table.customers"} with input as doc(confidential)
}
