package srm.aws.ec2.instance_public_ip_test

import data.srm.aws.ec2.instance_public_ip as policy

res(type, name, values) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

instance(values) := doc({"aws_instance": [res("aws_instance", "web", object.union({"ami": "ami-123", "instance_type": "t3.micro"}, values))]})

template(values) := doc({"aws_launch_template": [res("aws_launch_template", "app", values)]})

test_private_instance_passes if {
	count(policy.deny) == 0 with input as instance({})
	count(policy.deny) == 0 with input as instance({"associate_public_ip_address": false})
	count(policy.deny) == 0 with input as instance({"associate_public_ip_address": "${var.public}"})
}

test_public_instance_reported if {
	findings := policy.deny with input as instance({"associate_public_ip_address": true})
	count(findings) == 1
	some f in findings
	f.resource == "aws_instance.web"
	f.path == ["associate_public_ip_address"]
}

test_launch_template_public_interface_reported if {
	findings := policy.deny with input as template({"network_interfaces": [
		{"device_index": 0, "associate_public_ip_address": "false"},
		{"device_index": 1, "associate_public_ip_address": "true"},
	]})
	{f.path | some f in findings} == {["network_interfaces", 1, "associate_public_ip_address"]}
}

test_launch_template_private_passes if {
	count(policy.deny) == 0 with input as template({"network_interfaces": [{"associate_public_ip_address": false}]})
	count(policy.deny) == 0 with input as template({"network_interfaces": {"associate_public_ip_address": "${var.public}"}})
	count(policy.deny) == 0 with input as template({"image_id": "ami-123"})
}

test_fix_drops_the_public_address if {
	findings := policy.deny with input as instance({"associate_public_ip_address": true})
	{f.fix | some f in findings} == {[{"set": ["associate_public_ip_address"], "value": false}]}
	templates := policy.deny with input as template({"network_interfaces": [{"device_index": 0}, {"device_index": 1, "associate_public_ip_address": "true"}]})
	{f.fix | some f in templates} == {[{"set": ["network_interfaces", 1, "associate_public_ip_address"], "value": false}]}
}
