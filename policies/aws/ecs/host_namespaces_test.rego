package srm.aws.ecs.host_namespaces_test

import data.srm.aws.ecs.host_namespaces as policy

task(values) := {"format": "terraform", "module": ".", "resources": {"aws_ecs_task_definition": [{
	"address": "aws_ecs_task_definition.agent", "type": "aws_ecs_task_definition", "name": "agent",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"family": "agent", "container_definitions": [{"name": "agent", "image": "agent:1.2.0"}]}, values),
}]}}

test_host_pid_reported if {
	findings := policy.deny with input as task({"pid_mode": "host"})
	count(findings) == 1
	some f in findings
	f.path == ["pid_mode"]
	contains(f.msg, "process")
}

test_host_ipc_reported if {
	findings := policy.deny with input as task({"pid_mode": "host", "ipc_mode": "host"})
	count(findings) == 2
	some f in findings
	f.path == ["ipc_mode"]
}

test_task_or_omitted_passes if {
	count(policy.deny) == 0 with input as task({})
	count(policy.deny) == 0 with input as task({"pid_mode": "task", "ipc_mode": "none"})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as task({"pid_mode": "${var.pid_mode}"})
	policy.unknown == {{"resource": "aws_ecs_task_definition.agent", "path": ["pid_mode"]}} with input as task({"pid_mode": "${var.pid_mode}"})
	count(policy.unknown) == 0 with input as task({"pid_mode": "task"})
}
