package srm.aws.ec2.ami_owners_test

import data.srm.aws.ec2.ami_owners as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"data.aws_ami": [{
	"address": "data.aws_ami.ubuntu", "type": "aws_ami", "name": "ubuntu",
	"mode": "data", "file": "main.tf", "values": values, "references": {},
}]}}

name_filter := [{"name": "name", "values": ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]}]

test_lookup_without_owners_is_reported if {
	findings := policy.deny with input as doc({"most_recent": true, "filter": name_filter})
	{[f.resource, f.path] | some f in findings} == {["data.aws_ami.ubuntu", ["owners"]]}
	count(policy.deny) == 1 with input as doc({"most_recent": true, "owners": [], "filter": name_filter})
}

test_owners_or_pinning_filters_pass if {
	count(policy.deny) == 0 with input as doc({"most_recent": true, "owners": ["099720109477"], "filter": name_filter})
	count(policy.deny) == 0 with input as doc({"owners": "${var.ami_owners}", "filter": name_filter})
	count(policy.deny) == 0 with input as doc({"filter": array.concat(name_filter, [{"name": "owner-alias", "values": ["amazon"]}])})
	count(policy.deny) == 0 with input as doc({"filter": [{"name": "image-id", "values": ["ami-0123456789abcdef0"]}]})
}
