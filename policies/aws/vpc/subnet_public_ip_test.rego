package srm.aws.vpc.subnet_public_ip_test

import data.srm.aws.vpc.subnet_public_ip as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.web", [type]), "type": type, "name": "web",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_public_ip_by_default_is_reported if {
	findings := policy.deny with input as doc("aws_subnet", {"cidr_block": "10.0.1.0/24", "map_public_ip_on_launch": true})
	{f.path | some f in findings} == {["map_public_ip_on_launch"]}
	count(policy.deny) == 1 with input as doc("aws_default_subnet", {"availability_zone": "eu-west-1a", "map_public_ip_on_launch": "true"})
}

test_private_default_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc("aws_subnet", {"cidr_block": "10.0.1.0/24"})
	count(policy.deny) == 0 with input as doc("aws_subnet", {"map_public_ip_on_launch": false})
	count(policy.deny) == 0 with input as doc("aws_subnet", {"map_public_ip_on_launch": "${var.public}"})
}

test_fix_stops_mapping_public_addresses if {
	every type in ["aws_subnet", "aws_default_subnet"] {
		findings := policy.deny with input as doc(type, {"map_public_ip_on_launch": true})
		{f.fix | some f in findings} == {[{"set": ["map_public_ip_on_launch"], "value": false}]}
	}
}
