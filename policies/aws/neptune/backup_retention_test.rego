package srm.aws.neptune.backup_retention_test

import data.srm.aws.neptune.backup_retention as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_neptune_cluster": [{
	"address": "aws_neptune_cluster.graph", "type": "aws_neptune_cluster", "name": "graph", "mode": "managed", "file": "main.tf",
	"values": object.union({"cluster_identifier": "graph", "engine": "neptune"}, values), "references": {},
}]}}

test_short_retention_is_reported if {
	findings := policy.deny with input as cluster({"backup_retention_period": 1})
	{f.path | some f in findings} == {["backup_retention_period"]}
	count(policy.deny) == 1 with input as cluster({"backup_retention_period": "3"})
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as cluster({})
}

test_week_or_more_and_unresolved_pass if {
	count(policy.deny) == 0 with input as cluster({"backup_retention_period": 7})
	count(policy.deny) == 0 with input as cluster({"backup_retention_period": "${var.retention}"})
	count(policy.unknown) == 1 with input as cluster({"backup_retention_period": "${var.retention}"})
	count(policy.unknown) == 0 with input as cluster({"backup_retention_period": 7})
}

test_fix_sets_the_minimum_retention if {
	every values in [{"backup_retention_period": 1}, {"backup_retention_period": "3"}, {}] {
		findings := policy.deny with input as cluster(values)
		{f.fix | some f in findings} == {[{"set": ["backup_retention_period"], "value": 7}]}
	}
}
