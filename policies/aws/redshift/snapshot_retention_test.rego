package srm.aws.redshift.snapshot_retention_test

import data.srm.aws.redshift.snapshot_retention as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_redshift_cluster": [{
	"address": "aws_redshift_cluster.dw", "type": "aws_redshift_cluster", "name": "dw",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"cluster_identifier": "dw", "node_type": "ra3.xlplus", "encrypted": true}, values),
}]}}

test_zero_reported if {
	findings := policy.deny with input as cluster({"automated_snapshot_retention_period": 0})
	count(findings) == 1
	some f in findings
	f.path == ["automated_snapshot_retention_period"]
	contains(f.msg, "no automated snapshots")
}

test_short_retention_reported if {
	count(policy.deny) == 1 with input as cluster({"automated_snapshot_retention_period": 3})
	count(policy.deny) == 1 with input as cluster({"automated_snapshot_retention_period": "1"})
}

test_omitted_reported if {
	findings := policy.deny with input as cluster({})
	count(findings) == 1
	some f in findings
	contains(f.msg, "default 1")
}

test_week_or_more_passes if {
	count(policy.deny) == 0 with input as cluster({"automated_snapshot_retention_period": 7})
	count(policy.deny) == 0 with input as cluster({"automated_snapshot_retention_period": 35})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as cluster({"automated_snapshot_retention_period": "${var.retention}"})
	policy.unknown == {{"resource": "aws_redshift_cluster.dw", "path": ["automated_snapshot_retention_period"]}} with input as cluster({"automated_snapshot_retention_period": "${var.retention}"})
	count(policy.unknown) == 0 with input as cluster({"automated_snapshot_retention_period": 7})
}

test_fix_sets_the_minimum_retention if {
	every values in [{"automated_snapshot_retention_period": 0}, {"automated_snapshot_retention_period": "3"}, {}] {
		findings := policy.deny with input as cluster(values)
		{f.fix | some f in findings} == {[{"set": ["automated_snapshot_retention_period"], "value": 7}]}
	}
}
