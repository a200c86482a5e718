package srm.aws.ec2.launch_configuration_ebs_encryption_test

import data.srm.aws.ec2.launch_configuration_ebs_encryption as policy

lc(values) := {
	"address": "aws_launch_configuration.web", "type": "aws_launch_configuration", "name": "web",
	"mode": "managed", "file": "main.tf", "values": object.union({"image_id": "ami-123", "instance_type": "t3.micro"}, values), "references": {},
}

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_launch_configuration": [lc(values)]}}

with_default_encryption(values, enabled) := {"format": "terraform", "module": ".", "resources": {
	"aws_launch_configuration": [lc(values)],
	"aws_ebs_encryption_by_default": [{
		"address": "aws_ebs_encryption_by_default.this", "type": "aws_ebs_encryption_by_default", "name": "this",
		"mode": "managed", "file": "main.tf", "values": enabled, "references": {},
	}],
}}

test_missing_root_block_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["root_block_device", 0, "encrypted"]}
}

test_unencrypted_blocks_are_reported if {
	findings := policy.deny with input as doc({
		"root_block_device": [{"volume_size": 20}],
		"ebs_block_device": [{"device_name": "/dev/sdf", "encrypted": false}, {"device_name": "/dev/sdg", "snapshot_id": "snap-1"}],
	})
	{f.path | some f in findings} == {["root_block_device", 0, "encrypted"], ["ebs_block_device", 0, "encrypted"]}
}

test_encrypted_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"root_block_device": [{"encrypted": true}], "ebs_block_device": [{"device_name": "/dev/sdf", "encrypted": "${var.encrypted}"}]})
}

test_default_encryption_covers_omitted_settings if {
	count(policy.deny) == 0 with input as with_default_encryption({}, {"enabled": true})
	count(policy.deny) == 0 with input as with_default_encryption({"root_block_device": [{"volume_size": 20}]}, {})
	count(policy.deny) == 1 with input as with_default_encryption({"root_block_device": [{"encrypted": false}]}, {"enabled": true})
	count(policy.deny) == 1 with input as with_default_encryption({}, {"enabled": false})
}

test_fix_encrypts_each_reported_device if {
	missing := policy.deny with input as doc({})
	{f.fix | some f in missing} == {[{"set": ["root_block_device", 0, "encrypted"], "value": true}]}
	findings := policy.deny with input as doc({
		"root_block_device": [{"volume_size": 30, "encrypted": false}],
		"ebs_block_device": [{"device_name": "/dev/sdf", "encrypted": true}, {"device_name": "/dev/sdg"}],
	})
	{f.fix | some f in findings} == {
		[{"set": ["root_block_device", 0, "encrypted"], "value": true}],
		[{"set": ["ebs_block_device", 1, "encrypted"], "value": true}],
	}
}
