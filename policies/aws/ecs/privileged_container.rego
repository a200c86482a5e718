# METADATA
# title: ECS task definition runs a privileged container
# description: >-
#   A container with privileged set to true gets every Linux capability and the
#   host's devices: it can load kernel modules, mount the host's disks and leave
#   the container for the EC2 container instance, and from there reach every
#   other task on the host and the instance role. ECS starts exactly what the task
#   definition asks for; keeping containers unprivileged is the customer's part
#   of workload hardening.
# custom:
#   id: SRM-AWS-ECS-001
#   severity: high
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ecs_task_definition]}
#   remediation: >-
#     Remove the flag or set it to false in the container definition:
#     `privileged = false`; grant the single capability the container needs with
#     `linuxParameters = { capabilities = { add = ["NET_ADMIN"] } }` instead.
#   frameworks: {nist-800-53: [AC-6, CM-7]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions"
#   peers: {checkov: [CKV_AWS_334]}
package srm.aws.ecs.privileged_container

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ECS task definition %s runs container %s privileged (privileged = true)", [r.address, c.name]),
	"resource": r.address,
	"path": tf.container_definition_path(c, ["privileged"]),
} if {
	some r in tf.resources("aws_ecs_task_definition")
	some c in tf.container_definitions(r)
	tf.is_true(object.get(c.definition, "privileged", null))
}
