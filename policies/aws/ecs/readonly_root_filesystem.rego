# METADATA
# title: ECS container can write to its root filesystem
# description: >-
#   readonlyRootFilesystem defaults to false, so a compromised process can
#   overwrite the application's own binaries and libraries, drop tools and
#   persistence under /usr or /etc, and tamper with what the next request runs.
#   A read-only root filesystem with explicit writable volumes for the few paths
#   that need them removes this foothold. ECS does not turn it on by itself.
# custom:
#   id: SRM-AWS-ECS-003
#   severity: medium
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ecs_task_definition]}
#   remediation: >-
#     Set `readonlyRootFilesystem = true` in each container definition and mount a
#     volume for the paths the application writes to, e.g.
#     `mountPoints = [{ sourceVolume = "tmp", containerPath = "/tmp" }]` with
#     `volume { name = "tmp" }` on the task definition.
#   frameworks: {nist-800-53: [AC-6, CM-7, SI-7]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_storage"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions"
#   peers: {checkov: [CKV_AWS_336]}
package srm.aws.ecs.readonly_root_filesystem

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ECS task definition %s lets container %s write to its root filesystem (readonlyRootFilesystem = %v)", [r.address, c.name, c.definition.readonlyRootFilesystem]),
	"resource": r.address,
	"path": tf.container_definition_path(c, ["readonlyRootFilesystem"]),
} if {
	some r in tf.resources("aws_ecs_task_definition")
	not windows(r)
	some c in tf.container_definitions(r)
	tf.is_false(object.get(c.definition, "readonlyRootFilesystem", null))
}

deny contains {
	"msg": sprintf("ECS task definition %s lets container %s write to its root filesystem (readonlyRootFilesystem is not set, default false)", [r.address, c.name]),
	"resource": r.address,
	"path": tf.container_definition_path(c, ["readonlyRootFilesystem"]),
} if {
	some r in tf.resources("aws_ecs_task_definition")
	not windows(r)
	some c in tf.container_definitions(r)
	not "readonlyRootFilesystem" in object.keys(c.definition)
}

# Windows containers do not support readonlyRootFilesystem.
windows(r) if {
	some platform in tf.blocks(r.values, "runtime_platform")
	family := platform.operating_system_family
	is_string(family)
	startswith(upper(family), "WINDOWS")
}
