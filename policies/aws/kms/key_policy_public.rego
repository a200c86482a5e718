# METADATA
# title: KMS key policy allows any principal
# description: >-
#   A key policy statement that allows the principal "*" (or {"AWS": "*"})
#   without a condition lets every AWS account in the world use the key within the
#   allowed actions: decrypt data encrypted under it, create grants, or even change
#   its policy and schedule its deletion. The key policy is the primary access
#   control of a KMS key; IAM policies of the key's own account cannot restrict
#   what it grants to others. KMS enforces the policy exactly as written.
# custom:
#   id: SRM-AWS-KMS-002
#   severity: critical
#   areas: [iam, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_kms_key, aws_kms_key_policy, data.aws_iam_policy_document]}
#   remediation: >-
#     Name the principals, e.g. `Principal = { AWS =
#     "arn:aws:iam::111122223333:root" }` for the account and specific role ARNs for
#     key users, or keep "*" only together with a condition such as `Condition = {
#     StringEquals = { "kms:CallerAccount" = "111122223333", "kms:ViaService" =
#     "s3.eu-west-1.amazonaws.com" } }`.
#   frameworks: {nist-800-53: [AC-3, AC-6, SC-12]}
#   peers: {checkov: [CKV_AWS_33], kics: [kms_key_with_full_permissions]}
#   references:
#     - "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html"
#     - "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html"
#     - "https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#policy"
package srm.aws.kms.key_policy_public

import data.srm.lib.terraform as tf

key_types := ["aws_kms_key", "aws_kms_key_policy"]

# Key policies written as jsonencode() or a JSON string.
deny contains {
	"msg": sprintf("%s lets any AWS principal use the key: a statement allows Principal %s to %s without a Condition", [r.address, json.marshal(statement.Principal), json.marshal(object.get(statement, "Action", "?"))]),
	"resource": r.address,
	"path": path,
} if {
	some type in key_types
	some r in tf.resources(type)
	value := r.values.policy
	document := tf.json_document(value)
	some [statement, statement_path] in tf.statements(document)
	tf.is_allow(statement.Effect)
	tf.is_public_principal(statement.Principal)
	tf.is_unconditioned(object.get(statement, "Condition", null))
	path := location(value, statement_path)
}

# Key policies built by a data "aws_iam_policy_document" the key refers to.
deny contains {
	"msg": sprintf("%s lets any AWS principal use key %s: it allows %s principals %s to %s without a condition", [d.address, r.address, principals.type, json.marshal(principals.identifiers), json.marshal(object.get(statement, "actions", []))]),
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
	# The keys whose policy refers to d, looked up in the index of references
	# (for the public statements only, not for every key and document).
	some type in key_types
	some r in tf.referrers(type, "policy", d.address)
}

location(value, statement_path) := array.concat(["policy"], array.concat(statement_path, ["Principal"])) if is_object(value)

location(value, _) := ["policy"] if is_string(value)
