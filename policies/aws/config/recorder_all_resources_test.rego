package srm.aws.config.recorder_all_resources_test

import data.srm.aws.config.recorder_all_resources as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_config_configuration_recorder": [{
	"address": "aws_config_configuration_recorder.main", "type": "aws_config_configuration_recorder", "name": "main",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "main", "role_arn": "${aws_iam_role.config.arn}"}, values), "references": {},
}]}}

test_selected_types_only_is_reported if {
	findings := policy.deny with input as doc({"recording_group": [{"all_supported": false, "resource_types": ["AWS::S3::Bucket"]}]})
	{f.path | some f in findings} == {["recording_group", 0, "all_supported"]}
}

test_global_types_missing_is_reported if {
	no_group := policy.deny with input as doc({})
	{f.path | some f in no_group} == {["recording_group", 0, "include_global_resource_types"]}
	omitted := policy.deny with input as doc({"recording_group": [{"all_supported": true}]})
	{f.path | some f in omitted} == {["recording_group", 0, "include_global_resource_types"]}
	explicit := policy.deny with input as doc({"recording_group": [{"include_global_resource_types": false}]})
	count(explicit) == 1
}

test_everything_recorded_or_unresolved_passes if {
	count(policy.deny) == 0 with input as doc({"recording_group": [{"all_supported": true, "include_global_resource_types": true}]})
	count(policy.deny) == 0 with input as doc({"recording_group": [{"all_supported": "${var.all}", "include_global_resource_types": "${var.global}"}]})
}
