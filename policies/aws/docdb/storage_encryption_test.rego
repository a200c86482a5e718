package srm.aws.docdb.storage_encryption_test

import data.srm.aws.docdb.storage_encryption as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_docdb_cluster": [{
	"address": "aws_docdb_cluster.c", "type": "aws_docdb_cluster", "name": "c", "mode": "managed", "file": "main.tf",
	"values": object.union({"cluster_identifier": "c", "engine": "docdb"}, values), "references": {},
}]}}

test_unencrypted_is_reported if {
	findings := policy.deny with input as cluster({"storage_encrypted": false})
	{[f.resource, f.path] | some f in findings} == {["aws_docdb_cluster.c", ["storage_encrypted"]]}
	count(policy.deny) == 1 with input as cluster({"storage_encrypted": "false"})
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as cluster({})
}

test_encrypted_inherited_and_unresolved_pass if {
	count(policy.deny) == 0 with input as cluster({"storage_encrypted": true})
	count(policy.deny) == 0 with input as cluster({"snapshot_identifier": "catalog-final"})
	count(policy.deny) == 0 with input as cluster({"global_cluster_identifier": "${aws_docdb_global_cluster.g.id}"})
	count(policy.deny) == 0 with input as cluster({"storage_encrypted": "${var.encrypted}"})
}

test_unresolved_is_unknown if {
	count(policy.unknown) == 1 with input as cluster({"storage_encrypted": "${var.encrypted}"})
	count(policy.unknown) == 0 with input as cluster({"storage_encrypted": true})
}

test_fix_encrypts_the_storage if {
	every values in [{"storage_encrypted": false}, {}] {
		findings := policy.deny with input as cluster(values)
		{f.fix | some f in findings} == {[{"set": ["storage_encrypted"], "value": true}]}
	}
}
