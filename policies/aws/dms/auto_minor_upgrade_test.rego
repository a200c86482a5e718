package srm.aws.dms.auto_minor_upgrade_test

import data.srm.aws.dms.auto_minor_upgrade as policy

instance(values) := {"format": "terraform", "module": ".", "resources": {"aws_dms_replication_instance": [{
	"address": "aws_dms_replication_instance.r", "type": "aws_dms_replication_instance", "name": "r", "mode": "managed", "file": "main.tf",
	"values": object.union({"replication_instance_id": "r", "replication_instance_class": "dms.t3.medium"}, values), "references": {},
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as instance({"auto_minor_version_upgrade": false})
	{[f.resource, f.path] | some f in findings} == {["aws_dms_replication_instance.r", ["auto_minor_version_upgrade"]]}
	count(policy.deny) == 1 with input as instance({"auto_minor_version_upgrade": "false"})
}

test_omitted_takes_the_service_default if {
	count(policy.deny) == 0 with input as instance({})
	count(policy.deny) == 0 with input as instance({"auto_minor_version_upgrade": null})
}

test_enabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as instance({"auto_minor_version_upgrade": true})
	count(policy.deny) == 0 with input as instance({"auto_minor_version_upgrade": "${var.upgrade}"})
}

test_fix_turns_minor_upgrades_on if {
	findings := policy.deny with input as instance({"auto_minor_version_upgrade": "false"})
	{f.fix | some f in findings} == {[{"set": ["auto_minor_version_upgrade"], "value": true}]}
}
