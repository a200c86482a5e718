# METADATA
# title: IAM role can be assumed by any AWS principal
# description: >-
#   A trust policy that allows the principal "*" (or {"AWS": "*"}) without any
#   condition lets every identity in every AWS account, including an attacker's
#   own account, call sts:AssumeRole and receive the role's permissions. The
#   role's name and account id are all an attacker needs, and they are often
#   public. AWS enforces exactly the trust policy the customer writes.
# custom:
#   id: SRM-AWS-IAM-003
#   severity: critical
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_iam_role, data.aws_iam_policy_document]}
#   remediation: >-
#     Name the trusted principals, e.g. `Principal = { AWS = "arn:aws:iam::111122223333:root" }`
#     or `Principal = { Service = "ec2.amazonaws.com" }`, and when a wide principal is
#     unavoidable restrict it with a condition such as
#     `Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }` (with
#     aws_iam_policy_document: `principals { type = "AWS" identifiers = [...] }` and a
#     `condition` block).
#   frameworks: {nist-800-53: [AC-3, AC-6, AC-17]}
#   peers: {checkov: [CKV_AWS_60]}
#   references:
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html"
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-trust-policy"
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid"
package srm.aws.iam.role_trust_public

import data.srm.lib.terraform as tf

# Trust policy written as jsonencode() or a JSON string on the role.
deny contains {
	"msg": sprintf("%s can be assumed by any AWS principal: its trust policy allows Principal %s without a Condition", [r.address, json.marshal(statement.Principal)]),
	"resource": r.address,
	"path": path,
} if {
	some r in tf.resources("aws_iam_role")
	value := r.values.assume_role_policy
	document := tf.json_document(value)
	some [statement, statement_path] in tf.statements(document)
	tf.is_allow(statement.Effect)
	tf.is_public_principal(statement.Principal)
	tf.is_unconditioned(object.get(statement, "Condition", null))
	path := location(value, statement_path)
}

# Trust policy built by a data "aws_iam_policy_document" the role refers to:
# reported on the data source's principals block.
deny contains {
	"msg": sprintf("%s can be assumed by any AWS principal: %s allows %s principals %s without a condition", [r.address, d.address, principals.type, json.marshal(principals.identifiers)]),
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
	# The roles whose assume_role_policy refers to d, looked up in the index of
	# references (for the public statements only, not for every role and document).
	some r in tf.referrers("aws_iam_role", "assume_role_policy", d.address)
}

# The Principal inside a jsonencode() document; the whole attribute for a JSON string.
location(value, statement_path) := array.concat(["assume_role_policy"], array.concat(statement_path, ["Principal"])) if is_object(value)

location(value, _) := ["assume_role_policy"] if is_string(value)
