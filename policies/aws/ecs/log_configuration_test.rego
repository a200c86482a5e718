package srm.aws.ecs.log_configuration_test

import data.srm.aws.ecs.log_configuration as policy

task(definitions) := {"format": "terraform", "module": ".", "resources": {"aws_ecs_task_definition": [{
	"address": "aws_ecs_task_definition.app", "type": "aws_ecs_task_definition", "name": "app",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"family": "app", "container_definitions": definitions},
}]}}

awslogs := {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/app", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "app"}}

test_container_without_log_configuration_reported if {
	findings := policy.deny with input as task([
		{"name": "app", "image": "app:1.0.0", "logConfiguration": awslogs},
		{"name": "sidecar", "image": "envoy:1.30.1"},
	])
	count(findings) == 1
	some f in findings
	f.path == ["container_definitions", 1, "logConfiguration"]
	contains(f.msg, `"sidecar"`)
}

test_log_configuration_without_driver_reported if {
	findings := policy.deny with input as task([{"name": "app", "image": "app:1.0.0", "logConfiguration": {"options": {"awslogs-group": "/ecs/app"}}}])
	count(findings) == 1
}

test_json_string_reported_on_attribute if {
	findings := policy.deny with input as task(`[{"name": "app", "image": "app:1.0.0"}]`)
	count(findings) == 1
	some f in findings
	f.path == ["container_definitions"]
}

test_logged_containers_pass if {
	count(policy.deny) == 0 with input as task([{"name": "app", "image": "app:1.0.0", "logConfiguration": awslogs}])
	count(policy.deny) == 0 with input as task([{"name": "app", "image": "app:1.0.0", "logConfiguration": {"logDriver": "awsfirelens"}}])
}

test_unresolved_values_not_judged if {
	count(policy.deny) == 0 with input as task([{"name": "app", "image": "app:1.0.0", "logConfiguration": "${local.log_configuration}"}])
	count(policy.deny) == 0 with input as task([{"name": "app", "image": "app:1.0.0", "logConfiguration": {"logDriver": "${var.log_driver}"}}])
	count(policy.deny) == 0 with input as task("${var.container_definitions}")
}

test_unresolved_definitions_unknown if {
	policy.unknown == {{"resource": "aws_ecs_task_definition.app", "path": ["container_definitions"]}} with input as task("${var.container_definitions}")
	count(policy.unknown) == 0 with input as task([{"name": "app", "image": "app:1.0.0"}])
}
