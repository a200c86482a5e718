package srm.aws.rds.auto_minor_upgrade_test

import data.srm.aws.rds.auto_minor_upgrade as policy

db(values) := {"format": "terraform", "module": ".", "resources": {"aws_db_instance": [{
	"address": "aws_db_instance.main", "type": "aws_db_instance", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"engine": "mysql", "instance_class": "db.t4g.micro"}, values),
}]}}

test_upgrades_enabled_pass if {
	count(policy.deny) == 0 with input as db({})
	count(policy.deny) == 0 with input as db({"auto_minor_version_upgrade": true})
	count(policy.deny) == 0 with input as db({"auto_minor_version_upgrade": "${var.auto_upgrade}"})
}

test_upgrades_disabled_reported if {
	findings := policy.deny with input as db({"auto_minor_version_upgrade": false})
	count(findings) == 1
	some f in findings
	f.resource == "aws_db_instance.main"
	f.path == ["auto_minor_version_upgrade"]
}

test_fix_turns_minor_upgrades_on if {
	findings := policy.deny with input as db({"auto_minor_version_upgrade": false})
	{f.fix | some f in findings} == {[{"set": ["auto_minor_version_upgrade"], "value": true}]}
}
