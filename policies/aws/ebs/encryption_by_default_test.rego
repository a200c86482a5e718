package srm.aws.ebs.encryption_by_default_test

import data.srm.aws.ebs.encryption_by_default as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_ebs_encryption_by_default": [{
	"address": "aws_ebs_encryption_by_default.this", "type": "aws_ebs_encryption_by_default", "name": "this",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as doc({"enabled": false})
	{[f.resource, f.path] | some f in findings} == {["aws_ebs_encryption_by_default.this", ["enabled"]]}
	count(policy.deny) == 1 with input as doc({"enabled": "false"})
}

test_enabled_default_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"enabled": true})
	count(policy.deny) == 0 with input as doc({})
	count(policy.deny) == 0 with input as doc({"enabled": "${var.ebs_encryption}"})
}

test_fix_turns_encryption_by_default_on if {
	every values in [{"enabled": false}, {"enabled": "false"}] {
		findings := policy.deny with input as doc(values)
		count(findings) == 1
		every f in findings {
			f.fix == [{"set": ["enabled"], "value": true}]
		}
	}
}
