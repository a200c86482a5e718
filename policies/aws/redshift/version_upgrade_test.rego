package srm.aws.redshift.version_upgrade_test

import data.srm.aws.redshift.version_upgrade as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_redshift_cluster": [{
	"address": "aws_redshift_cluster.dw", "type": "aws_redshift_cluster", "name": "dw",
	"mode": "managed", "file": "main.tf", "values": object.union({"cluster_identifier": "dw", "node_type": "ra3.xlplus"}, values), "references": {},
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as doc({"allow_version_upgrade": false})
	{f.path | some f in findings} == {["allow_version_upgrade"]}
}

test_default_enabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({})
	count(policy.deny) == 0 with input as doc({"allow_version_upgrade": true})
	count(policy.deny) == 0 with input as doc({"allow_version_upgrade": "${var.upgrades}"})
}

test_fix_allows_version_upgrades if {
	findings := policy.deny with input as doc({"allow_version_upgrade": false})
	{f.fix | some f in findings} == {[{"set": ["allow_version_upgrade"], "value": true}]}
}
