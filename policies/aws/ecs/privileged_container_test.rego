package srm.aws.ecs.privileged_container_test

import data.srm.aws.ecs.privileged_container as policy

task(definitions) := {"format": "terraform", "module": ".", "resources": {"aws_ecs_task_definition": [{
	"address": "aws_ecs_task_definition.app", "type": "aws_ecs_task_definition", "name": "app",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"family": "app", "container_definitions": definitions},
}]}}

test_privileged_container_in_jsonencode_reported if {
	findings := policy.deny with input as task([
		{"name": "web", "image": "nginx:1.27", "privileged": false},
		{"name": "agent", "image": "agent:2", "privileged": true},
	])
	count(findings) == 1
	some f in findings
	f.path == ["container_definitions", 1, "privileged"]
	contains(f.msg, `"agent"`)
}

test_privileged_container_in_json_string_reported if {
	findings := policy.deny with input as task(`[{"name": "agent", "image": "agent:2", "privileged": true}]`)
	count(findings) == 1
	some f in findings
	f.path == ["container_definitions"]
}

test_unprivileged_containers_pass if {
	count(policy.deny) == 0 with input as task([{"name": "web", "image": "nginx:1.27"}])
	count(policy.deny) == 0 with input as task(`[{"name": "web", "image": "nginx:1.27", "privileged": false}]`)
}

test_unresolved_values_not_judged if {
	count(policy.deny) == 0 with input as task([{"name": "web", "image": "nginx:1.27", "privileged": "${var.privileged}"}])
	count(policy.deny) == 0 with input as task("${file(\"containers.json\")}")
}
