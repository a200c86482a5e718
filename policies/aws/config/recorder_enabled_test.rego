package srm.aws.config.recorder_enabled_test

import data.srm.aws.config.recorder_enabled as policy

recorder(values) := {
	"address": "aws_config_configuration_recorder.main", "type": "aws_config_configuration_recorder", "name": "main",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

status(values, refs) := {
	"address": "aws_config_configuration_recorder_status.main", "type": "aws_config_configuration_recorder_status", "name": "main",
	"mode": "managed", "file": "main.tf", "values": values, "references": refs,
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_recorder_without_status_is_reported if {
	findings := policy.deny with input as doc({"aws_config_configuration_recorder": [recorder({"name": "main"})]})
	{[f.resource, f.path] | some f in findings} == {["aws_config_configuration_recorder.main", []]}
}

test_disabled_status_is_reported if {
	s := status({"name": "${aws_config_configuration_recorder.main.name}", "is_enabled": false}, {"name": ["aws_config_configuration_recorder.main"]})
	findings := policy.deny with input as doc({"aws_config_configuration_recorder": [recorder({"name": "main"})], "aws_config_configuration_recorder_status": [s]})
	{[f.resource, f.path] | some f in findings} == {["aws_config_configuration_recorder_status.main", ["is_enabled"]]}
}

test_enabled_status_passes if {
	by_reference := status({"name": "${aws_config_configuration_recorder.main.name}", "is_enabled": true}, {"name": ["aws_config_configuration_recorder.main"]})
	count(policy.deny) == 0 with input as doc({"aws_config_configuration_recorder": [recorder({"name": "main"})], "aws_config_configuration_recorder_status": [by_reference]})
	by_default_name := status({"name": "default", "is_enabled": "${var.enabled}"}, {})
	count(policy.deny) == 0 with input as doc({"aws_config_configuration_recorder": [recorder({})], "aws_config_configuration_recorder_status": [by_default_name]})
}

test_status_for_another_recorder_does_not_count if {
	other := status({"name": "other", "is_enabled": true}, {})
	count(policy.deny) == 1 with input as doc({"aws_config_configuration_recorder": [recorder({"name": "main"})], "aws_config_configuration_recorder_status": [other]})
}

test_status_named_by_an_unresolved_expression_is_not_judged if {
	s := status({"name": "${var.recorder_name}", "is_enabled": true}, {"name": ["var.recorder_name"]})
	count(policy.deny) == 0 with input as doc({"aws_config_configuration_recorder": [recorder({"name": "main"})], "aws_config_configuration_recorder_status": [s]})
	other := object.union(status({"name": "${aws_config_configuration_recorder.other.name}", "is_enabled": true}, {}), {"references": {"name": ["aws_config_configuration_recorder.other"]}})
	count(policy.deny) == 1 with input as doc({"aws_config_configuration_recorder": [recorder({"name": "main"})], "aws_config_configuration_recorder_status": [other]})
}

test_fix_starts_the_recorder if {
	s := status({"name": "${aws_config_configuration_recorder.main.name}", "is_enabled": false}, {"name": ["aws_config_configuration_recorder.main"]})
	findings := policy.deny with input as doc({"aws_config_configuration_recorder": [recorder({"name": "main"})], "aws_config_configuration_recorder_status": [s]})
	{f.fix | some f in findings} == {[{"set": ["is_enabled"], "value": true}]}
	missing := policy.deny with input as doc({"aws_config_configuration_recorder": [recorder({"name": "main"})]})
	count(missing) == 1
	every f in missing {
		not "fix" in object.keys(f)
	}
}
