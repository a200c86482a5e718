package srm.aws.ecs.image_tag_test

import data.srm.aws.ecs.image_tag as policy

task(definitions) := {"format": "terraform", "module": ".", "resources": {"aws_ecs_task_definition": [{
	"address": "aws_ecs_task_definition.app", "type": "aws_ecs_task_definition", "name": "app",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"family": "app", "container_definitions": definitions},
}]}}

test_latest_tag_reported if {
	findings := policy.deny with input as task([
		{"name": "app", "image": "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"},
		{"name": "proxy", "image": "public.ecr.aws/nginx/nginx:latest"},
	])
	count(findings) == 1
	some f in findings
	f.path == ["container_definitions", 1, "image"]
	contains(f.msg, "mutable")
}

test_untagged_image_reported if {
	count(policy.deny) == 1 with input as task([{"name": "app", "image": "nginx"}])
	count(policy.deny) == 1 with input as task([{"name": "app", "image": "registry.example.com:5000/team/app"}])
}

test_latest_on_an_expression_reported if {
	count(policy.deny) == 1 with input as task([{"name": "app", "image": "${aws_ecr_repository.app.repository_url}:latest"}])
}

test_json_string_reported_on_attribute if {
	findings := policy.deny with input as task(`[{"name": "app", "image": "redis"}]`)
	some f in findings
	f.path == ["container_definitions"]
}

test_pinned_images_pass if {
	count(policy.deny) == 0 with input as task([{"name": "app", "image": "registry.example.com:5000/team/app:2.0.1"}])
	count(policy.deny) == 0 with input as task([{"name": "app", "image": "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}])
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as task([{"name": "app", "image": "${var.image}"}])
	count(policy.deny) == 0 with input as task([{"name": "app", "image": "${aws_ecr_repository.app.repository_url}:${var.tag}"}])
	count(policy.deny) == 0 with input as task([{"name": "app", "image": "${aws_ecr_repository.app.repository_url}"}])
}
