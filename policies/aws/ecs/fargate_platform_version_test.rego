package srm.aws.ecs.fargate_platform_version_test

import data.srm.aws.ecs.fargate_platform_version as policy

service(values, refs) := {
	"address": "aws_ecs_service.api", "type": "aws_ecs_service", "name": "api",
	"mode": "managed", "file": "main.tf", "references": refs,
	"values": object.union({"name": "api", "launch_type": "FARGATE", "task_definition": "${aws_ecs_task_definition.api.arn}"}, values),
}

task(platform) := {
	"address": "aws_ecs_task_definition.api", "type": "aws_ecs_task_definition", "name": "api",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"family": "api", "container_definitions": []}, platform),
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

refs := {"task_definition": ["aws_ecs_task_definition.api"]}

test_old_linux_version_reported if {
	findings := policy.deny with input as doc({"aws_ecs_service": [service({"platform_version": "1.3.0"}, {})]})
	count(findings) == 1
	some f in findings
	f.path == ["platform_version"]
	contains(f.msg, "1.3.0")
}

test_capacity_provider_strategy_counts_as_fargate if {
	s := service({"launch_type": null, "platform_version": "1.2.0", "capacity_provider_strategy": [{"capacity_provider": "FARGATE_SPOT", "weight": 1}]}, {})
	count(policy.deny) == 1 with input as doc({"aws_ecs_service": [s]})
}

test_version_1_0_0_needs_a_linux_task_definition if {
	count(policy.deny) == 1 with input as doc({"aws_ecs_service": [service({"platform_version": "1.0.0"}, refs)], "aws_ecs_task_definition": [task({})]})
	count(policy.deny) == 0 with input as doc({"aws_ecs_service": [service({"platform_version": "1.0.0"}, refs)], "aws_ecs_task_definition": [task({"runtime_platform": [{"operating_system_family": "WINDOWS_SERVER_2022_CORE"}]})]})
	count(policy.deny) == 0 with input as doc({"aws_ecs_service": [service({"platform_version": "1.0.0"}, {})]})
}

test_latest_or_omitted_passes if {
	count(policy.deny) == 0 with input as doc({"aws_ecs_service": [service({}, {})]})
	count(policy.deny) == 0 with input as doc({"aws_ecs_service": [service({"platform_version": "LATEST"}, {})]})
	count(policy.deny) == 0 with input as doc({"aws_ecs_service": [service({"platform_version": "1.4.0"}, {})]})
}

test_ec2_services_do_not_apply if {
	s := service({"launch_type": "EC2", "platform_version": "1.3.0"}, {})
	count(policy.deny) == 0 with input as doc({"aws_ecs_service": [s]})
	count(policy.applies) == 0 with input as doc({"aws_ecs_service": [s]})
	policy.applies == {"aws_ecs_service.api"} with input as doc({"aws_ecs_service": [service({}, {})]})
}

test_unresolved_not_judged if {
	s := service({"platform_version": "${var.platform_version}"}, {})
	count(policy.deny) == 0 with input as doc({"aws_ecs_service": [s]})
	policy.unknown == {{"resource": "aws_ecs_service.api", "path": ["platform_version"]}} with input as doc({"aws_ecs_service": [s]})
}
