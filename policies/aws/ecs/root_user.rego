# METADATA
# title: ECS container is configured to run as root
# description: >-
#   A container definition whose user is root or UID 0 runs its process with full
#   root rights inside the container: any code execution in the application can
#   rewrite the image's binaries, read every mounted secret and volume, and needs
#   only a kernel or runtime flaw to become root on the container instance. ECS
#   applies the user the customer writes; running as an unprivileged user is part
#   of hardening the workload.
# custom:
#   id: SRM-AWS-ECS-002
#   severity: medium
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ecs_task_definition]}
#   remediation: >-
#     Run the container as an unprivileged user: `user = "10001:10001"` in the
#     container definition (and create that user in the image with `USER 10001`).
#   frameworks: {nist-800-53: [AC-6, CM-6]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security"
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-tasks-containers.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions"
package srm.aws.ecs.root_user

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ECS task definition %s runs container %s as root (user = %q)", [r.address, c.name, c.definition.user]),
	"resource": r.address,
	"path": tf.container_definition_path(c, ["user"]),
} if {
	some r in tf.resources("aws_ecs_task_definition")
	some c in tf.container_definitions(r)
	is_root(object.get(c.definition, "user", null))
}

# "root", "0", "root:root", "0:0", "root:1000"...: the user part names UID 0.
is_root(user) if {
	is_string(user)
	not tf.is_unresolved(user)
	regex.match(`^(?i)(root|0)(:.*)?$`, trim_space(user))
}
