package srm.aws.emr.block_public_access_test

import data.srm.aws.emr.block_public_access as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_emr_block_public_access_configuration": [{
	"address": "aws_emr_block_public_access_configuration.this", "type": "aws_emr_block_public_access_configuration", "name": "this",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_turned_off_is_reported if {
	findings := policy.deny with input as doc({"block_public_security_group_rules": false})
	{f.path | some f in findings} == {["block_public_security_group_rules"]}
	count(policy.deny) == 1 with input as doc({"block_public_security_group_rules": "false"})
}

test_wide_exceptions_are_reported if {
	findings := policy.deny with input as doc({"block_public_security_group_rules": true, "permitted_public_security_group_rule_range": [
		{"min_range": 22, "max_range": 22},
		{"min_range": 8080, "max_range": 8090},
	]})
	{f.path | some f in findings} == {["permitted_public_security_group_rule_range", 1]}
}

test_on_with_ssh_exception_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"block_public_security_group_rules": true})
	count(policy.deny) == 0 with input as doc({"block_public_security_group_rules": true, "permitted_public_security_group_rule_range": [{"min_range": 22, "max_range": 22}]})
	count(policy.deny) == 0 with input as doc({"block_public_security_group_rules": "${var.block}"})
	count(policy.deny) == 0 with input as doc({"block_public_security_group_rules": true, "permitted_public_security_group_rule_range": [{"min_range": "${var.port}", "max_range": "${var.port}"}]})
}

test_unresolved_is_unknown if {
	count(policy.unknown) == 1 with input as doc({"block_public_security_group_rules": "${var.block}"})
	count(policy.unknown) == 0 with input as doc({"block_public_security_group_rules": true})
}
