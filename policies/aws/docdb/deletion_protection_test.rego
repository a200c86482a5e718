package srm.aws.docdb.deletion_protection_test

import data.srm.aws.docdb.deletion_protection as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_docdb_cluster": [{
	"address": "aws_docdb_cluster.c", "type": "aws_docdb_cluster", "name": "c", "mode": "managed", "file": "main.tf",
	"values": object.union({"cluster_identifier": "c", "engine": "docdb"}, values), "references": {},
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as cluster({"deletion_protection": false})
	{f.path | some f in findings} == {["deletion_protection"]}
	count(policy.deny) == 1 with input as cluster({"deletion_protection": "false"})
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as cluster({})
}

test_enabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as cluster({"deletion_protection": true})
	count(policy.deny) == 0 with input as cluster({"deletion_protection": "${var.deletion_protection}"})
	count(policy.unknown) == 1 with input as cluster({"deletion_protection": "${var.deletion_protection}"})
	count(policy.unknown) == 0 with input as cluster({"deletion_protection": true})
}

test_fix_turns_deletion_protection_on if {
	every values in [{"deletion_protection": false}, {}] {
		findings := policy.deny with input as cluster(values)
		{f.fix | some f in findings} == {[{"set": ["deletion_protection"], "value": true}]}
	}
}
