package srm.aws.ec2.serial_console_access_test

import data.srm.aws.ec2.serial_console_access as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_ec2_serial_console_access": [{
	"address": "aws_ec2_serial_console_access.this", "type": "aws_ec2_serial_console_access", "name": "this",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_enabled_is_reported if {
	findings := policy.deny with input as doc({"enabled": true})
	{f.path | some f in findings} == {["enabled"]}
	omitted := policy.deny with input as doc({})
	{f.path | some f in omitted} == {["enabled"]}
}

test_disabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"enabled": false})
	count(policy.deny) == 0 with input as doc({"enabled": "${var.serial_console}"})
}

test_fix_turns_the_serial_console_off if {
	every values in [{"enabled": true}, {"enabled": "true"}, {}] {
		findings := policy.deny with input as doc(values)
		count(findings) == 1
		every f in findings {
			f.fix == [{"set": ["enabled"], "value": false}]
		}
	}
}
