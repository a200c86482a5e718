# METADATA
# title: EFS file system policy allows any principal
# description: >-
#   A file system policy statement that allows Principal "*" (or {"AWS": "*"})
#   without a Condition grants its actions to every AWS account: anyone who
#   reaches a mount target, or through a peered or shared network, can mount,
#   write or get root access on the file system, and the policy no longer limits
#   access to the roles of the workloads that use it. EFS enforces exactly the
#   policy the customer writes.
# custom:
#   id: SRM-AWS-EFS-005
#   severity: high
#   areas: [iam, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_efs_file_system_policy, data.aws_iam_policy_document]}
#   remediation: >-
#     Name the principals, e.g. `Principal = { AWS = aws_iam_role.app.arn }`, or
#     keep "*" only together with a condition such as
#     `Condition = { Bool = { "elasticfilesystem:AccessedViaMountTarget" = "true" } }`
#     and a deny of requests without `aws:SecureTransport`.
#   frameworks: {nist-800-53: [AC-3, AC-6]}
#   references:
#     - "https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html"
#     - "https://docs.aws.amazon.com/efs/latest/ug/access-control-block-public-access.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system_policy"
#   peers: {kics: [efs_with_vulnerable_policy]}
package srm.aws.efs.file_system_policy_public

import data.srm.lib.terraform as tf

# A policy written as jsonencode() or a JSON string.
deny contains {
	"msg": sprintf("EFS file system policy %s allows Principal %s without a Condition: any AWS account can %s", [r.address, json.marshal(statement.Principal), describe_actions(object.get(statement, "Action", "*"))]),
	"resource": r.address,
	"path": path,
} if {
	some r in tf.resources("aws_efs_file_system_policy")
	value := r.values.policy
	document := tf.json_document(value)
	some [statement, statement_path] in tf.statements(document)
	tf.is_allow(object.get(statement, "Effect", null))
	tf.is_public_principal(statement.Principal)
	tf.is_unconditioned(object.get(statement, "Condition", null))
	path := location(value, statement_path)
}

# A policy built by a data "aws_iam_policy_document" that a file system policy refers to.
deny contains {
	"msg": sprintf("%s allows %s principals %s without a condition, and %s uses it as its policy", [d.address, principals.type, json.marshal(principals.identifiers), r.address]),
	"resource": d.address,
	"path": ["statement", i, "principals", j, "identifiers"],
} if {
	some d in tf.resources("data.aws_iam_policy_document")
	some i, statement in tf.blocks(d.values, "statement")
	tf.is_allow(object.get(statement, "effect", "Allow"))
	count(tf.blocks(statement, "condition")) == 0
	some j, principals in tf.blocks(statement, "principals")
	principals.type in {"AWS", "*"}
	"*" in tf.as_array(principals.identifiers)
	some r in tf.referrers("aws_efs_file_system_policy", "policy", d.address)
}

describe_actions(actions) := concat(", ", [sprintf("%v", [a]) | some a in tf.as_array(actions)])

# The Principal inside a jsonencode() document; the whole attribute for a JSON string.
location(value, statement_path) := array.concat(["policy"], array.concat(statement_path, ["Principal"])) if is_object(value)

location(value, _) := ["policy"] if is_string(value)
