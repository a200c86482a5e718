package srm.aws.rds.cluster_minor_upgrade_test

import data.srm.aws.rds.cluster_minor_upgrade as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.db", [type]), "type": type, "name": "db",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_disabled_is_reported if {
	every type in ["aws_rds_cluster_instance", "aws_rds_cluster"] {
		findings := policy.deny with input as doc(type, {"auto_minor_version_upgrade": false})
		{f.path | some f in findings} == {["auto_minor_version_upgrade"]}
	}
}

test_default_enabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc("aws_rds_cluster_instance", {})
	count(policy.deny) == 0 with input as doc("aws_rds_cluster_instance", {"auto_minor_version_upgrade": true})
	count(policy.deny) == 0 with input as doc("aws_rds_cluster", {"auto_minor_version_upgrade": "${var.upgrade}"})
}

test_fix_turns_minor_upgrades_on if {
	every type in ["aws_rds_cluster_instance", "aws_rds_cluster"] {
		findings := policy.deny with input as doc(type, {"auto_minor_version_upgrade": "false"})
		{f.fix | some f in findings} == {[{"set": ["auto_minor_version_upgrade"], "value": true}]}
	}
}
