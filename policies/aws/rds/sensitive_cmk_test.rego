package srm.aws.rds.sensitive_cmk_test

import data.srm.aws.rds.sensitive_cmk as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.db", [type]), "type": type, "name": "db",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

restricted := {"tags": {"data-classification": "restricted"}}

test_sensitive_without_cmk_is_reported if {
	every type in ["aws_db_instance", "aws_rds_cluster"] {
		findings := policy.deny with input as doc(type, object.union(restricted, {"storage_encrypted": true}))
		{f.path | some f in findings} == {["kms_key_id"]}
	}
	some f in policy.deny with input as doc("aws_db_instance", restricted)
	contains(f.msg, "not encrypted at rest")
}

test_aws_managed_alias_is_reported if {
	count(policy.deny) == 1 with input as doc("aws_rds_cluster", object.union(restricted, {"storage_encrypted": true, "kms_key_id": "alias/aws/rds"}))
}

test_cmk_passes if {
	count(policy.deny) == 0 with input as doc("aws_db_instance", object.union(restricted, {"storage_encrypted": true, "kms_key_id": "${aws_kms_key.rds.arn}"}))
	count(policy.deny) == 0 with input as doc("aws_rds_cluster", object.union(restricted, {"kms_key_id": "${var.kms_key_arn}"}))
}

test_inherited_keys_and_unclassified_databases_are_not_judged if {
	count(policy.deny) == 0 with input as doc("aws_db_instance", object.union(restricted, {"replicate_source_db": "${aws_db_instance.primary.identifier}"}))
	count(policy.deny) == 0 with input as doc("aws_rds_cluster", object.union(restricted, {"snapshot_identifier": "snap"}))
	count(policy.deny) == 0 with input as doc("aws_db_instance", {"storage_encrypted": true})
	count(policy.deny) == 0 with input as doc("aws_db_instance", {"tags": {"data-classification": "public"}})
}
