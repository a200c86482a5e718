package srm.aws.msk.outdated_kafka_version_test

import data.srm.aws.msk.outdated_kafka_version as policy

cluster(version) := {"format": "terraform", "module": ".", "resources": {"aws_msk_cluster": [{
	"address": "aws_msk_cluster.events", "type": "aws_msk_cluster", "name": "events", "mode": "managed", "file": "main.tf",
	"values": {"cluster_name": "events", "kafka_version": version}, "references": {},
}]}}

test_versions_past_end_of_support_are_reported if {
	findings := policy.deny with input as cluster("2.8.1")
	{f.path | some f in findings} == {["kafka_version"]}
	count(policy.deny) == 1 with input as cluster("2.8.2.tiered")
	count(policy.deny) == 1 with input as cluster("3.5.1")
	count(policy.deny) == 1 with input as cluster("3.6.0")
	count(policy.deny) == 1 with input as cluster("3.7.x")
	count(policy.deny) == 1 with input as cluster("3.7.x.kraft")
}

test_versions_older_than_the_list_are_reported if {
	count(policy.deny) == 1 with input as cluster("1.1.1")
	count(policy.deny) == 1 with input as cluster("2.1.0")
}

test_supported_versions_pass if {
	count(policy.deny) == 0 with input as cluster("3.8.x")
	count(policy.deny) == 0 with input as cluster("3.9.x")
	count(policy.deny) == 0 with input as cluster("4.0.x.kraft")
	count(policy.deny) == 0 with input as cluster("4.1.x.kraft")
}

test_unresolved_is_unknown_not_reported if {
	count(policy.deny) == 0 with input as cluster("${var.kafka_version}")
	count(policy.unknown) == 1 with input as cluster("${var.kafka_version}")
	count(policy.unknown) == 0 with input as cluster("3.9.x")
}
