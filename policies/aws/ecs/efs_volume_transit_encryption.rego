# METADATA
# title: ECS task mounts an EFS volume without encryption in transit
# description: >-
#   An EFS volume in a task definition is mounted over NFS, which is plaintext
#   unless transit_encryption is ENABLED: file contents, names and permissions
#   cross the VPC readable and alterable by anyone who can capture traffic on the
#   path, and an EFS file system policy that requires aws:SecureTransport refuses
#   the mount. EFS offers TLS for every mount, but ECS uses it only when the task
#   definition asks for it; the default is DISABLED.
# custom:
#   id: SRM-AWS-ECS-010
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ecs_task_definition]}
#   remediation: >-
#     Mount the file system over TLS: `volume { name = "data" efs_volume_configuration
#     { file_system_id = aws_efs_file_system.data.id transit_encryption = "ENABLED"
#     authorization_config { access_point_id = aws_efs_access_point.app.id iam = "ENABLED" } } }`.
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html"
#     - "https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#transit_encryption"
#   peers: {checkov: [CKV_AWS_97], kics: [ecs_task_definition_volume_not_encrypted], trivy: [AVD-AWS-0035]}
package srm.aws.ecs.efs_volume_transit_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ECS task definition %s mounts EFS volume %s without TLS (transit_encryption = %q)", [r.address, volume_name(volume), efs.transit_encryption]),
	"resource": r.address,
	"path": ["volume", i, "efs_volume_configuration", j, "transit_encryption"],
} if {
	some r in tf.resources("aws_ecs_task_definition")
	some i, volume in tf.blocks(r.values, "volume")
	some j, efs in tf.blocks(volume, "efs_volume_configuration")
	is_string(efs.transit_encryption)
	upper(efs.transit_encryption) == "DISABLED"
}

deny contains {
	"msg": sprintf("ECS task definition %s mounts EFS volume %s without TLS: transit_encryption is not set (default DISABLED)", [r.address, volume_name(volume)]),
	"resource": r.address,
	"path": ["volume", i, "efs_volume_configuration", j, "transit_encryption"],
} if {
	some r in tf.resources("aws_ecs_task_definition")
	some i, volume in tf.blocks(r.values, "volume")
	some j, efs in tf.blocks(volume, "efs_volume_configuration")
	object.get(efs, "transit_encryption", null) == null
}

unknown contains {"resource": r.address, "path": ["volume", i, "efs_volume_configuration", j, "transit_encryption"]} if {
	some r in tf.resources("aws_ecs_task_definition")
	some i, volume in tf.blocks(r.values, "volume")
	some j, efs in tf.blocks(volume, "efs_volume_configuration")
	tf.is_unresolved(efs.transit_encryption)
}

volume_name(volume) := sprintf("%q", [volume.name]) if is_string(volume.name)

volume_name(volume) := "(unnamed)" if not is_string(volume.name)
