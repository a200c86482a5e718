package srm.aws.ec2.launch_configuration_public_ip_test

import data.srm.aws.ec2.launch_configuration_public_ip as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_launch_configuration": [{
	"address": "aws_launch_configuration.web", "type": "aws_launch_configuration", "name": "web",
	"mode": "managed", "file": "main.tf", "values": object.union({"image_id": "ami-123", "instance_type": "t3.micro"}, values), "references": {},
}]}}

test_public_ip_is_reported if {
	findings := policy.deny with input as doc({"associate_public_ip_address": true})
	{f.path | some f in findings} == {["associate_public_ip_address"]}
}

test_private_default_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({})
	count(policy.deny) == 0 with input as doc({"associate_public_ip_address": false})
	count(policy.deny) == 0 with input as doc({"associate_public_ip_address": "${var.public}"})
}

test_fix_drops_the_public_address if {
	findings := policy.deny with input as doc({"associate_public_ip_address": true})
	{f.fix | some f in findings} == {[{"set": ["associate_public_ip_address"], "value": false}]}
}
