package srm.aws.vpc.default_vpc_test

import data.srm.aws.vpc.default_vpc as policy

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_default_vpc_is_reported if {
	findings := policy.deny with input as doc({"aws_default_vpc": [{
		"address": "aws_default_vpc.default", "type": "aws_default_vpc", "name": "default",
		"mode": "managed", "file": "main.tf", "values": {"tags": {"Name": "default"}}, "references": {},
	}]})
	{[f.resource, f.path] | some f in findings} == {["aws_default_vpc.default", []]}
}

test_custom_vpc_passes if {
	count(policy.deny) == 0 with input as doc({"aws_vpc": [{
		"address": "aws_vpc.main", "type": "aws_vpc", "name": "main",
		"mode": "managed", "file": "main.tf", "values": {"cidr_block": "10.0.0.0/16"}, "references": {},
	}]})
}
