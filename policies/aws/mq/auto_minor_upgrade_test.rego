package srm.aws.mq.auto_minor_upgrade_test

import data.srm.aws.mq.auto_minor_upgrade as policy

broker(values) := {"format": "terraform", "module": ".", "resources": {"aws_mq_broker": [{
	"address": "aws_mq_broker.b", "type": "aws_mq_broker", "name": "b", "mode": "managed", "file": "main.tf",
	"values": object.union({"broker_name": "b", "engine_type": "ActiveMQ", "engine_version": "5.18"}, values), "references": {},
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as broker({"auto_minor_version_upgrade": false})
	{[f.resource, f.path] | some f in findings} == {["aws_mq_broker.b", ["auto_minor_version_upgrade"]]}
	count(policy.deny) == 1 with input as broker({"auto_minor_version_upgrade": "false"})
}

test_omitted_is_reported if {
	findings := policy.deny with input as broker({})
	{f.path | some f in findings} == {["auto_minor_version_upgrade"]}
	count(policy.deny) == 1 with input as broker({"auto_minor_version_upgrade": null})
}

test_enabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as broker({"auto_minor_version_upgrade": true})
	count(policy.deny) == 0 with input as broker({"auto_minor_version_upgrade": "true"})
	count(policy.deny) == 0 with input as broker({"auto_minor_version_upgrade": "${var.upgrade}"})
}

test_fix_turns_minor_upgrades_on if {
	every values in [{"auto_minor_version_upgrade": false}, {}] {
		findings := policy.deny with input as broker(values)
		{f.fix | some f in findings} == {[{"set": ["auto_minor_version_upgrade"], "value": true}]}
	}
}
