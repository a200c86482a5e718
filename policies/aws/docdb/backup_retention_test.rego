package srm.aws.docdb.backup_retention_test

import data.srm.aws.docdb.backup_retention as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_docdb_cluster": [{
	"address": "aws_docdb_cluster.c", "type": "aws_docdb_cluster", "name": "c", "mode": "managed", "file": "main.tf",
	"values": object.union({"cluster_identifier": "c", "engine": "docdb"}, values), "references": {},
}]}}

test_short_retention_is_reported if {
	findings := policy.deny with input as cluster({"backup_retention_period": 1})
	{f.path | some f in findings} == {["backup_retention_period"]}
	count(policy.deny) == 1 with input as cluster({"backup_retention_period": "5"})
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as cluster({})
}

test_week_or_more_and_unresolved_pass if {
	count(policy.deny) == 0 with input as cluster({"backup_retention_period": 7})
	count(policy.deny) == 0 with input as cluster({"backup_retention_period": 35})
	count(policy.deny) == 0 with input as cluster({"backup_retention_period": "${var.retention}"})
}

test_unresolved_is_unknown if {
	count(policy.unknown) == 1 with input as cluster({"backup_retention_period": "${var.retention}"})
	count(policy.unknown) == 0 with input as cluster({"backup_retention_period": 14})
}

test_fix_sets_the_minimum_retention if {
	every values in [{"backup_retention_period": 1}, {"backup_retention_period": "3"}, {}] {
		findings := policy.deny with input as cluster(values)
		{f.fix | some f in findings} == {[{"set": ["backup_retention_period"], "value": 7}]}
	}
}
