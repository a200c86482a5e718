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

test_fix_records_all_supported_types if {
	findings := policy.deny with input as doc({"recording_group": [{
		"all_supported": false,
		"include_global_resource_types": false,
		"resource_types": ["AWS::S3::Bucket"],
		"recording_strategy": [{"use_only": "INCLUSION_BY_RESOURCE_TYPES"}],
	}]})
	{f.fix | some f in findings} == {[
		{"set": ["recording_group", 0, "all_supported"], "value": true},
		{"remove": ["recording_group", 0, "resource_types"]},
		{"set": ["recording_group", 0, "recording_strategy", 0, "use_only"], "value": "ALL_SUPPORTED_RESOURCE_TYPES"},
		{"set": ["recording_group", 0, "include_global_resource_types"], "value": true},
	]}
	minimal := policy.deny with input as doc({"recording_group": [{"all_supported": "false", "include_global_resource_types": true}]})
	{f.fix | some f in minimal} == {[{"set": ["recording_group", 0, "all_supported"], "value": true}]}
	unresolved := policy.deny with input as doc({"recording_group": [{"all_supported": false, "include_global_resource_types": "${var.global}"}]})
	{f.fix | some f in unresolved} == {[{"set": ["recording_group", 0, "all_supported"], "value": true}]}
}

test_fix_includes_global_types if {
	no_group := policy.deny with input as doc({})
	{f.fix | some f in no_group} == {[{"set": ["recording_group", 0, "include_global_resource_types"], "value": true}]}
	every group in [{"all_supported": true}, {"include_global_resource_types": false}] {
		findings := policy.deny with input as doc({"recording_group": [group]})
		{f.fix | some f in findings} == {[{"set": ["recording_group", 0, "include_global_resource_types"], "value": true}]}
	}
}

test_no_fix_for_an_exclusion_list if {
	findings := policy.deny with input as doc({"recording_group": [{
		"all_supported": false,
		"exclusion_by_resource_types": [{"resource_types": ["AWS::EC2::Instance"]}],
		"recording_strategy": [{"use_only": "EXCLUSION_BY_RESOURCE_TYPES"}],
	}]})
	{f.path | some f in findings} == {["recording_group", 0, "all_supported"]}
	every f in findings {
		not "fix" in object.keys(f)
	}
}
