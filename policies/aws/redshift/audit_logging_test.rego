package srm.aws.redshift.audit_logging_test

import data.srm.aws.redshift.audit_logging as policy

cluster(values) := {
	"address": "aws_redshift_cluster.dw", "type": "aws_redshift_cluster", "name": "dw",
	"mode": "managed", "file": "main.tf", "values": object.union({"cluster_identifier": "dw", "node_type": "ra3.xlplus"}, values), "references": {},
}

logging(values, refs) := {
	"address": "aws_redshift_logging.dw", "type": "aws_redshift_logging", "name": "dw",
	"mode": "managed", "file": "main.tf", "values": values, "references": refs,
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_cluster_without_logging_is_reported if {
	findings := policy.deny with input as doc({"aws_redshift_cluster": [cluster({})]})
	{f.path | some f in findings} == {["logging"]}
}

test_disabled_legacy_block_is_reported if {
	findings := policy.deny with input as doc({"aws_redshift_cluster": [cluster({"logging": [{"enable": false}]})]})
	{f.path | some f in findings} == {["logging", 0, "enable"]}
}

test_legacy_block_enabled_or_unresolved_passes if {
	count(policy.deny) == 0 with input as doc({"aws_redshift_cluster": [cluster({"logging": [{"enable": true, "bucket_name": "logs"}]})]})
	count(policy.deny) == 0 with input as doc({"aws_redshift_cluster": [cluster({"logging": [{"enable": "${var.logging}"}]})]})
}

test_separate_logging_resource_passes if {
	by_reference := logging({"cluster_identifier": "${aws_redshift_cluster.dw.cluster_identifier}", "log_destination_type": "cloudwatch"}, {"cluster_identifier": ["aws_redshift_cluster.dw"]})
	count(policy.deny) == 0 with input as doc({"aws_redshift_cluster": [cluster({})], "aws_redshift_logging": [by_reference]})
	by_name := logging({"cluster_identifier": "dw", "log_destination_type": "s3", "bucket_name": "logs"}, {})
	count(policy.deny) == 0 with input as doc({"aws_redshift_cluster": [cluster({})], "aws_redshift_logging": [by_name]})
}

test_logging_for_another_cluster_does_not_count if {
	other := logging({"cluster_identifier": "other", "log_destination_type": "cloudwatch"}, {})
	count(policy.deny) == 1 with input as doc({"aws_redshift_cluster": [cluster({})], "aws_redshift_logging": [other]})
}
