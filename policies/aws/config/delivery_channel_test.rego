package srm.aws.config.delivery_channel_test

import data.srm.aws.config.delivery_channel as policy

recorder := {
	"address": "aws_config_configuration_recorder.main", "type": "aws_config_configuration_recorder", "name": "main", "mode": "managed", "file": "main.tf",
	"values": {"name": "main", "role_arn": "${aws_iam_role.config.arn}"}, "references": {"role_arn": ["aws_iam_role.config"]},
}

channel(values) := {
	"address": "aws_config_delivery_channel.main", "type": "aws_config_delivery_channel", "name": "main", "mode": "managed", "file": "main.tf",
	"values": values, "references": {},
}

test_recorder_without_channel_is_reported if {
	findings := policy.deny with input as {"format": "terraform", "module": ".", "resources": {"aws_config_configuration_recorder": [recorder]}}
	{[f.resource, f.path] | some f in findings} == {["aws_config_configuration_recorder.main", []]}
}

test_recorder_with_channel_passes if {
	count(policy.deny) == 0 with input as {"format": "terraform", "module": ".", "resources": {
		"aws_config_configuration_recorder": [recorder],
		"aws_config_delivery_channel": [channel({"name": "main", "s3_bucket_name": "acme-config-history"})],
	}}
	count(policy.deny) == 0 with input as {"format": "terraform", "module": ".", "resources": {
		"aws_config_configuration_recorder": [recorder],
		"aws_config_delivery_channel": [channel({"s3_bucket_name": "${var.config_bucket}"})],
	}}
}

test_channel_alone_passes if {
	count(policy.deny) == 0 with input as {"format": "terraform", "module": ".", "resources": {
		"aws_config_delivery_channel": [channel({"name": "main", "s3_bucket_name": "acme-config-history"})],
	}}
}
