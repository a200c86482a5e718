# METADATA
# title: EFS access point exposes the file system's root directory
# description: >-
#   An access point is meant to confine an application to its own directory of
#   a shared file system. Without root_directory, or with path "/", every client
#   mounting through it sees the whole file system, the data of every other
#   application and tenant included, and a compromised workload can read or
#   destroy all of it. EFS enforces the directory the access point names; choosing
#   a narrow one is the customer's part.
# custom:
#   id: SRM-AWS-EFS-003
#   severity: medium
#   areas: [iam, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_efs_access_point]}
#   remediation: >-
#     Confine the access point to the application's directory:
#     `root_directory { path = "/app" creation_info { owner_uid = 1000
#     owner_gid = 1000 permissions = "750" } }`.
#   frameworks: {nist-800-53: [AC-3, AC-6]}
#   references:
#     - "https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html#enforce-root-directory-access-point"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-3"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_access_point#root_directory"
#   peers: {checkov: [CKV_AWS_329]}
package srm.aws.efs.access_point_root_directory

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("EFS access point %s has no root_directory, so clients mount the whole file system (the default path is \"/\")", [r.address]),
	"resource": r.address,
	"path": ["root_directory"],
} if {
	some r in tf.resources("aws_efs_access_point")
	count(tf.blocks(r.values, "root_directory")) == 0
}

deny contains {
	"msg": sprintf("EFS access point %s mounts the whole file system (root_directory.path = %q)", [r.address, path]),
	"resource": r.address,
	"path": ["root_directory", i, "path"],
} if {
	some r in tf.resources("aws_efs_access_point")
	some i, root in tf.blocks(r.values, "root_directory")
	path := object.get(root, "path", "/")
	is_string(path)
	path in {"/", ""}
}

deny contains {
	"msg": sprintf("EFS access point %s has a root_directory without a path, so clients mount the whole file system (the default path is \"/\")", [r.address]),
	"resource": r.address,
	"path": ["root_directory", i, "path"],
} if {
	some r in tf.resources("aws_efs_access_point")
	some i, root in tf.blocks(r.values, "root_directory")
	root.path == null
}

unknown contains {"resource": r.address, "path": ["root_directory", i, "path"]} if {
	some r in tf.resources("aws_efs_access_point")
	some i, root in tf.blocks(r.values, "root_directory")
	tf.is_unresolved(root.path)
}
