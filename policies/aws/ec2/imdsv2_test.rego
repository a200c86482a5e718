package srm.aws.ec2.imdsv2_test

import data.srm.aws.ec2.imdsv2 as policy

res(type, name, values) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

instance(values) := doc({"aws_instance": [res("aws_instance", "web", object.union({"ami": "ami-123", "instance_type": "t3.micro"}, values))]})

test_required_tokens_pass if {
	count(policy.deny) == 0 with input as instance({"metadata_options": [{"http_endpoint": "enabled", "http_tokens": "required"}]})
}

test_disabled_endpoint_passes if {
	count(policy.deny) == 0 with input as instance({"metadata_options": [{"http_endpoint": "disabled"}]})
	count(policy.deny) == 0 with input as instance({"metadata_options": [{"http_endpoint": "disabled", "http_tokens": "optional"}]})
}

test_unresolved_values_are_not_reported if {
	count(policy.deny) == 0 with input as instance({"metadata_options": [{"http_tokens": "${var.http_tokens}"}]})
	count(policy.deny) == 0 with input as instance({"metadata_options": [{"http_endpoint": "${var.endpoint}", "http_tokens": "optional"}]})
}

test_optional_tokens_reported_at_attribute if {
	findings := policy.deny with input as instance({"metadata_options": [{"http_endpoint": "enabled", "http_tokens": "optional"}]})
	count(findings) == 1
	some f in findings
	f.resource == "aws_instance.web"
	f.path == ["metadata_options", 0, "http_tokens"]
}

test_missing_block_reported if {
	findings := policy.deny with input as instance({})
	count(findings) == 1
	some f in findings
	f.path == ["metadata_options", 0, "http_tokens"]
}

test_missing_http_tokens_reported if {
	findings := policy.deny with input as instance({"metadata_options": [{"http_put_response_hop_limit": 1}]})
	count(findings) == 1
}

test_launch_template_json_object_form if {
	lt := res("aws_launch_template", "app", {"name_prefix": "app-", "metadata_options": {"http_tokens": "optional"}})
	findings := policy.deny with input as doc({"aws_launch_template": [lt]})
	{f.resource | some f in findings} == {"aws_launch_template.app"}
}

test_launch_template_required_passes if {
	lt := res("aws_launch_template", "app", {"metadata_options": [{"http_tokens": "required"}]})
	count(policy.deny) == 0 with input as doc({"aws_launch_template": [lt]})
}

test_instance_from_launch_template_inherits_metadata_options if {
	count(policy.deny) == 0 with input as instance({"launch_template": [{"id": "${aws_launch_template.app.id}", "version": "$Latest"}]})
	count(policy.deny) == 1 with input as instance({"launch_template": [{"id": "${aws_launch_template.app.id}"}], "metadata_options": [{"http_tokens": "optional"}]})
}

test_applies_leaves_out_instances_judged_through_their_template if {
	inherits := instance({"launch_template": [{"id": "${aws_launch_template.app.id}"}]})
	count(policy.applies) == 0 with input as inherits
	count(policy.applies) == 1 with input as instance({"metadata_options": [{"http_tokens": "required"}]})
}

test_unresolved_tokens_are_not_judged if {
	unresolved := instance({"metadata_options": [{"http_tokens": "${var.tokens}"}]})
	count(policy.deny) == 0 with input as unresolved
	policy.unknown == {{"resource": "aws_instance.web", "path": ["metadata_options", 0, "http_tokens"]}} with input as unresolved
	count(policy.unknown) == 0 with input as instance({"metadata_options": [{"http_tokens": "required"}]})
}

test_fix_requires_tokens if {
	every values in [
		{},
		{"metadata_options": [{"http_endpoint": "enabled", "http_tokens": "optional"}]},
		{"metadata_options": [{"http_put_response_hop_limit": 2}]},
	] {
		findings := policy.deny with input as instance(values)
		count(findings) == 1
		every f in findings {
			f.fix == [{"set": ["metadata_options", 0, "http_tokens"], "value": "required"}]
		}
	}
}
