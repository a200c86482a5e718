package srm.aws.neptune.storage_encryption_test

import data.srm.aws.neptune.storage_encryption as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_neptune_cluster": [{
	"address": "aws_neptune_cluster.graph", "type": "aws_neptune_cluster", "name": "graph", "mode": "managed", "file": "main.tf",
	"values": object.union({"cluster_identifier": "graph", "engine": "neptune"}, values), "references": {},
}]}}

test_unencrypted_is_reported if {
	findings := policy.deny with input as cluster({"storage_encrypted": false})
	{f.path | some f in findings} == {["storage_encrypted"]}
	count(policy.deny) == 1 with input as cluster({"storage_encrypted": "false"})
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as cluster({})
}

test_encrypted_inherited_and_unresolved_pass if {
	count(policy.deny) == 0 with input as cluster({"storage_encrypted": true})
	count(policy.deny) == 0 with input as cluster({"snapshot_identifier": "graph-final"})
	count(policy.deny) == 0 with input as cluster({"replication_source_identifier": "${aws_neptune_cluster.primary.arn}"})
	count(policy.deny) == 0 with input as cluster({"storage_encrypted": "${var.encrypted}"})
}

test_unresolved_is_unknown if {
	count(policy.unknown) == 1 with input as cluster({"storage_encrypted": "${var.encrypted}"})
	count(policy.unknown) == 0 with input as cluster({})
}

test_fix_encrypts_the_storage if {
	every values in [{"storage_encrypted": false}, {}] {
		findings := policy.deny with input as cluster(values)
		{f.fix | some f in findings} == {[{"set": ["storage_encrypted"], "value": true}]}
	}
}
