package srm.aws.ec2.ebs_encryption_test

import data.srm.aws.ec2.ebs_encryption as policy

res(type, name, values) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

volume(values) := doc({"aws_ebs_volume": [res("aws_ebs_volume", "data", object.union({"availability_zone": "eu-west-1a", "size": 100}, values))]})

instance(values) := doc({"aws_instance": [res("aws_instance", "web", object.union({"ami": "ami-123", "instance_type": "t3.micro"}, values))]})

test_encrypted_volume_passes if {
	count(policy.deny) == 0 with input as volume({"encrypted": true})
	count(policy.deny) == 0 with input as volume({"encrypted": "${var.encrypted}"})
	count(policy.deny) == 0 with input as volume({"snapshot_id": "snap-0123456789abcdef0"})
}

test_unencrypted_volume_reported if {
	findings := policy.deny with input as volume({"encrypted": false})
	count(findings) == 1
	some f in findings
	f.resource == "aws_ebs_volume.data"
	f.path == ["encrypted"]
}

test_volume_without_encrypted_reported if {
	count(policy.deny) == 1 with input as volume({})
}

test_encryption_by_default_covers_omitted_attribute if {
	count(policy.deny) == 0 with input as object.union(volume({}), {"resources": {
		"aws_ebs_volume": [res("aws_ebs_volume", "data", {"size": 10})],
		"aws_ebs_encryption_by_default": [res("aws_ebs_encryption_by_default", "this", {"enabled": true})],
	}})
}

test_encrypted_instance_passes if {
	count(policy.deny) == 0 with input as instance({
		"root_block_device": [{"encrypted": true, "volume_size": 20}],
		"ebs_block_device": [
			{"device_name": "/dev/sdf", "encrypted": true},
			{"device_name": "/dev/sdg", "snapshot_id": "snap-0123456789abcdef0"},
			{"device_name": "/dev/sdh", "encrypted": "${var.encrypted}"},
		],
	})
}

test_instance_devices_reported if {
	findings := policy.deny with input as instance({
		"root_block_device": [{"volume_size": 20}],
		"ebs_block_device": [{"device_name": "/dev/sdf", "encrypted": true}, {"device_name": "/dev/sdg", "encrypted": false}],
	})
	{f.path | some f in findings} == {["root_block_device", 0, "encrypted"], ["ebs_block_device", 1, "encrypted"]}
}

test_instance_without_root_block_device_reported if {
	findings := policy.deny with input as instance({})
	{f.path | some f in findings} == {["root_block_device", 0, "encrypted"]}
}

test_instance_from_launch_template_without_root_block_device_passes if {
	count(policy.deny) == 0 with input as instance({"launch_template": [{"id": "${aws_launch_template.app.id}"}]})
}

test_fix_encrypts_each_reported_volume if {
	every values in [{"encrypted": false}, {}] {
		findings := policy.deny with input as volume(values)
		count(findings) == 1
		every f in findings {
			f.fix == [{"set": ["encrypted"], "value": true}]
		}
	}
	findings := policy.deny with input as instance({
		"root_block_device": [{"volume_size": 20}],
		"ebs_block_device": [{"device_name": "/dev/sdf", "encrypted": true}, {"device_name": "/dev/sdg", "encrypted": false}],
	})
	{f.fix | some f in findings} == {
		[{"set": ["root_block_device", 0, "encrypted"], "value": true}],
		[{"set": ["ebs_block_device", 1, "encrypted"], "value": true}],
	}
	missing := policy.deny with input as instance({})
	{f.fix | some f in missing} == {[{"set": ["root_block_device", 0, "encrypted"], "value": true}]}
}
