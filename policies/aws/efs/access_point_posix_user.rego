# METADATA
# title: EFS access point does not enforce a user identity
# description: >-
#   NFS trusts the user and group ids the client sends. An access point without
#   posix_user lets every client that can mount through it act as any uid it
#   claims, root included (unless the file system policy withholds
#   ClientRootAccess), and read or overwrite other applications' files. With
#   posix_user set, EFS replaces the client's identity with the access point's
#   for every file operation. Defining that identity is the customer's part.
# custom:
#   id: SRM-AWS-EFS-002
#   severity: medium
#   areas: [iam, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_efs_access_point]}
#   remediation: >-
#     Give the access point the application's identity:
#     `posix_user { uid = 1000 gid = 1000 }` (a non-zero uid).
#   frameworks: {nist-800-53: [AC-3, AC-6, IA-2]}
#   references:
#     - "https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html#enforce-identity-access-points"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-4"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_access_point#posix_user"
#   peers: {checkov: [CKV_AWS_330]}
package srm.aws.efs.access_point_posix_user

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("EFS access point %s enforces no user identity: without posix_user, clients act as whatever uid and gid they send", [r.address]),
	"resource": r.address,
	"path": ["posix_user"],
} if {
	some r in tf.resources("aws_efs_access_point")
	count(tf.blocks(r.values, "posix_user")) == 0
}

deny contains {
	"msg": sprintf("EFS access point %s maps every client to root (posix_user.uid = %v)", [r.address, user.uid]),
	"resource": r.address,
	"path": ["posix_user", i, "uid"],
} if {
	some r in tf.resources("aws_efs_access_point")
	some i, user in tf.blocks(r.values, "posix_user")
	user.uid in {0, "0"}
}
