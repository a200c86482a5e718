package srm.aws.ecs.root_user_test

import data.srm.aws.ecs.root_user as policy

task(definitions) := {"format": "terraform", "module": ".", "resources": {"aws_ecs_task_definition": [{
	"address": "aws_ecs_task_definition.app", "type": "aws_ecs_task_definition", "name": "app",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"family": "app", "container_definitions": definitions},
}]}}

test_root_user_reported if {
	findings := policy.deny with input as task([{"name": "web", "image": "nginx:1.27", "user": "root"}])
	count(findings) == 1
	some f in findings
	f.path == ["container_definitions", 0, "user"]
}

test_uid_zero_forms_reported if {
	count(policy.deny) == 1 with input as task([{"name": "web", "image": "nginx:1.27", "user": "0"}])
	count(policy.deny) == 1 with input as task([{"name": "web", "image": "nginx:1.27", "user": "0:0"}])
	count(policy.deny) == 1 with input as task(`[{"name": "web", "image": "nginx:1.27", "user": "root:root"}]`)
}

test_non_root_or_unset_user_passes if {
	count(policy.deny) == 0 with input as task([{"name": "web", "image": "nginx:1.27", "user": "10001:10001"}])
	count(policy.deny) == 0 with input as task([{"name": "web", "image": "nginx:1.27", "user": "nginx"}])
	count(policy.deny) == 0 with input as task([{"name": "web", "image": "nginx:1.27"}])
	count(policy.deny) == 0 with input as task([{"name": "web", "image": "nginx:1.27", "user": "100"}])
}

test_unresolved_user_not_judged if {
	count(policy.deny) == 0 with input as task([{"name": "web", "image": "nginx:1.27", "user": "${var.user}"}])
}
