package srm.aws.ec2.launch_configuration_imdsv2_test

import data.srm.aws.ec2.launch_configuration_imdsv2 as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_launch_configuration": [{
	"address": "aws_launch_configuration.web", "type": "aws_launch_configuration", "name": "web",
	"mode": "managed", "file": "main.tf", "values": object.union({"image_id": "ami-123", "instance_type": "t3.micro"}, values), "references": {},
}]}}

test_missing_block_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["metadata_options", 0, "http_tokens"]}
}

test_optional_or_missing_tokens_are_reported if {
	findings := policy.deny with input as doc({"metadata_options": [{"http_tokens": "optional"}]})
	{f.path | some f in findings} == {["metadata_options", 0, "http_tokens"]}
	count(policy.deny) == 1 with input as doc({"metadata_options": [{"http_endpoint": "enabled"}]})
}

test_required_disabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"metadata_options": [{"http_tokens": "required"}]})
	count(policy.deny) == 0 with input as doc({"metadata_options": [{"http_endpoint": "disabled"}]})
	count(policy.deny) == 0 with input as doc({"metadata_options": [{"http_tokens": "${var.tokens}"}]})
	count(policy.deny) == 0 with input as doc({"metadata_options": [{"http_endpoint": "${var.endpoint}"}]})
}

test_fix_requires_tokens if {
	every values in [
		{},
		{"metadata_options": [{"http_endpoint": "enabled", "http_tokens": "optional"}]},
		{"metadata_options": [{"http_put_response_hop_limit": 1}]},
	] {
		findings := policy.deny with input as doc(values)
		count(findings) == 1
		every f in findings {
			f.fix == [{"set": ["metadata_options", 0, "http_tokens"], "value": "required"}]
		}
	}
}
