package srm.aws.msk.broker_logs_test

import data.srm.aws.msk.broker_logs as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_msk_cluster": [{
	"address": "aws_msk_cluster.events", "type": "aws_msk_cluster", "name": "events", "mode": "managed", "file": "main.tf",
	"values": object.union({"cluster_name": "events", "kafka_version": "3.8.x"}, values), "references": {},
}]}}

logs(broker_logs) := {"logging_info": [{"broker_logs": [broker_logs]}]}

test_missing_logging_info_is_reported if {
	findings := policy.deny with input as cluster({})
	{f.path | some f in findings} == {["logging_info"]}
}

test_no_enabled_destination_is_reported if {
	findings := policy.deny with input as cluster(logs({"cloudwatch_logs": [{"enabled": false, "log_group": "msk"}]}))
	{f.path | some f in findings} == {["logging_info", 0, "broker_logs", 0]}
	count(policy.deny) == 1 with input as cluster(logs({"s3": [{"enabled": "false", "bucket": "logs"}], "firehose": [{"enabled": false}]}))
	count(policy.deny) == 1 with input as cluster(logs({}))
}

test_enabled_destination_passes if {
	count(policy.deny) == 0 with input as cluster(logs({"cloudwatch_logs": [{"enabled": true, "log_group": "msk"}]}))
	count(policy.deny) == 0 with input as cluster(logs({"cloudwatch_logs": [{"enabled": false}], "s3": [{"enabled": true, "bucket": "logs"}]}))
}

test_unresolved_destination_is_unknown_not_reported if {
	doc := cluster(logs({"cloudwatch_logs": [{"enabled": "${var.broker_logs}", "log_group": "msk"}]}))
	count(policy.deny) == 0 with input as doc
	count(policy.unknown) == 1 with input as doc
	count(policy.unknown) == 0 with input as cluster(logs({"cloudwatch_logs": [{"enabled": true}]}))
}
