package srm.aws.ec2.imds_hop_limit_test

import data.srm.aws.ec2.imds_hop_limit as policy

doc(type, metadata) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.node", [type]), "type": type, "name": "node",
	"mode": "managed", "file": "main.tf", "values": {"metadata_options": [metadata]}, "references": {},
}]}}

test_hop_limit_above_one_is_reported if {
	every type in ["aws_instance", "aws_launch_template", "aws_launch_configuration"] {
		findings := policy.deny with input as doc(type, {"http_tokens": "required", "http_put_response_hop_limit": 2})
		{f.path | some f in findings} == {["metadata_options", 0, "http_put_response_hop_limit"]}
	}
	count(policy.deny) == 1 with input as doc("aws_instance", {"http_put_response_hop_limit": "3"})
}

test_limit_one_default_disabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc("aws_instance", {"http_put_response_hop_limit": 1})
	count(policy.deny) == 0 with input as doc("aws_instance", {"http_tokens": "required"})
	count(policy.deny) == 0 with input as doc("aws_instance", {"http_endpoint": "disabled", "http_put_response_hop_limit": 2})
	count(policy.deny) == 0 with input as doc("aws_launch_template", {"http_put_response_hop_limit": "${var.hops}"})
}

test_fix_sets_the_hop_limit_to_one if {
	every type in ["aws_instance", "aws_launch_template", "aws_launch_configuration"] {
		findings := policy.deny with input as doc(type, {"http_tokens": "required", "http_put_response_hop_limit": "3"})
		count(findings) == 1
		every f in findings {
			f.fix == [{"set": ["metadata_options", 0, "http_put_response_hop_limit"], "value": 1}]
		}
	}
}
