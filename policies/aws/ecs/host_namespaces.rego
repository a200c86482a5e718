# METADATA
# title: ECS task definition shares the host's process or IPC namespace
# description: >-
#   With pid_mode = "host" the task's containers see every process of the
#   container instance, other tasks' included, and can signal them or, running as
#   root, read their environment and memory through /proc, where credentials of
#   other workloads live. ipc_mode = "host" likewise opens the host's shared
#   memory segments and semaphores. ECS isolates tasks in their own namespaces
#   unless the task definition asks for the host's.
# custom:
#   id: SRM-AWS-ECS-008
#   severity: high
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ecs_task_definition]}
#   remediation: >-
#     Remove the attributes (each task then has its own namespaces), or share them
#     only within the task: `pid_mode = "task"` and `ipc_mode = "task"`.
#   frameworks: {nist-800-53: [AC-6, CM-7, SC-39]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode"
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_ipcmode"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-3"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#pid_mode"
#   peers: {checkov: [CKV_AWS_335]}
package srm.aws.ecs.host_namespaces

import data.srm.lib.terraform as tf

namespaces := {"pid_mode": "process", "ipc_mode": "IPC"}

deny contains {
	"msg": sprintf("ECS task definition %s shares the host's %s namespace with its containers (%s = %q)", [r.address, kind, attr, value]),
	"resource": r.address,
	"path": [attr],
} if {
	some r in tf.resources("aws_ecs_task_definition")
	some attr, kind in namespaces
	value := r.values[attr]
	is_string(value)
	lower(value) == "host"
}

unknown contains {"resource": r.address, "path": [attr]} if {
	some r in tf.resources("aws_ecs_task_definition")
	some attr, _ in namespaces
	tf.is_unresolved(r.values[attr])
}
