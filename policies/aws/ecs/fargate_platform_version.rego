# METADATA
# title: ECS Fargate service is pinned to an old platform version
# description: >-
#   A Fargate platform version is the kernel, container runtime and agent the
#   tasks run on. A service pinned to an old Linux version (1.3.0 or earlier)
#   keeps running on that runtime instead of the current 1.4.0 with its security
#   fixes and features (ephemeral storage encryption, EFS, the task metadata
#   endpoint v4). AWS patches each platform version but moves tasks to a new one
#   only when the service asks for LATEST or names it.
# custom:
#   id: SRM-AWS-ECS-009
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_ecs_service, aws_ecs_task_definition]}
#   remediation: >-
#     Let the service follow the current version: remove `platform_version` or set
#     `platform_version = "LATEST"` (1.4.0 for Linux tasks), then redeploy with
#     `force_new_deployment = true`.
#   frameworks: {nist-800-53: [SI-2, SI-2(2), CM-2]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html"
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-10"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_service#platform_version"
#   peers: {checkov: [CKV_AWS_332]}
package srm.aws.ecs.fargate_platform_version

import data.srm.lib.terraform as tf

# Linux platform versions older than 1.4.0. Windows has only 1.0.0, which is
# its latest, so 1.0.0 is reported only when the task definition is known to be Linux.
outdated_linux := {"1.0.0", "1.1.0", "1.2.0", "1.3.0"}

deny contains {
	"msg": sprintf("ECS service %s runs its Fargate tasks on platform version %s, older than the current Linux version 1.4.0", [r.address, r.values.platform_version]),
	"resource": r.address,
	"path": ["platform_version"],
} if {
	some r in fargate_services
	version := r.values.platform_version
	version in outdated_linux
	linux_version(r, version)
}

applies contains r.address if some r in fargate_services

unknown contains {"resource": r.address, "path": ["platform_version"]} if {
	some r in fargate_services
	tf.is_unresolved(r.values.platform_version)
}

fargate_services contains r if {
	some r in tf.resources("aws_ecs_service")
	r.values.launch_type == "FARGATE"
}

fargate_services contains r if {
	some r in tf.resources("aws_ecs_service")
	some strategy in tf.blocks(r.values, "capacity_provider_strategy")
	strategy.capacity_provider in {"FARGATE", "FARGATE_SPOT"}
}

# 1.1.0 to 1.3.0 exist only for Linux.
linux_version(_, version) if version != "1.0.0"

# 1.0.0: only when the service's task definition is in this module and runs Linux.
linux_version(r, "1.0.0") if {
	some task in tf.attached_to(r, "task_definition", "aws_ecs_task_definition")
	not windows(task)
}

windows(task) if {
	some platform in tf.blocks(task.values, "runtime_platform")
	family := object.get(platform, "operating_system_family", "LINUX")
	not family == "LINUX"
}
