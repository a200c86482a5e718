# METADATA
# title: IAM policy grants every action of a service on every resource
# description: >-
#   An action like "s3:*", "kms:*" or "iam:*" on Resource "*" gives every current
#   and future permission of that service over every resource of that kind in the
#   account: reading and deleting all buckets, scheduling deletion of every key,
#   or, for iam:*, making oneself administrator. One leaked credential or
#   compromised workload then reaches far beyond what it needs. AWS evaluates the
#   policy as written; least privilege is the customer's duty.
# custom:
#   id: SRM-AWS-IAM-007
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role, data.aws_iam_policy_document]
#   remediation: >-
#     List the actions and resources the principal needs, e.g. `Action =
#     ["s3:GetObject", "s3:PutObject"], Resource = "${aws_s3_bucket.data.arn}/*"`;
#     use IAM Access Analyzer policy generation to derive them from CloudTrail.
#   frameworks: {nist-800-53: [AC-6, AC-6(1), AC-3]}
#   peers: {trivy: [AVD-AWS-0345]}
#   references:
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document"
package srm.aws.iam.service_wildcard

import data.srm.lib.terraform as tf

policy_types := ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]

documents contains [r, ["policy"], r.values.policy] if {
	some type in policy_types
	some r in tf.resources(type)
}

documents contains [r, ["inline_policy", i, "policy"], block.policy] if {
	some r in tf.resources("aws_iam_role")
	some i, block in tf.blocks(r.values, "inline_policy")
}

deny contains {
	"msg": sprintf("%s allows every %s action (%q) on every resource without a condition", [r.address, service(action), action]),
	"resource": r.address,
	"path": path,
} if {
	some [r, attr_path, value] in documents
	document := tf.json_document(value)
	some [statement, statement_path] in tf.statements(document)
	tf.is_allow(statement.Effect)
	some [action, action_path] in actions(statement)
	service_wildcard(action)
	"*" in tf.as_array(statement.Resource)
	tf.is_unconditioned(object.get(statement, "Condition", null))
	path := location(value, attr_path, array.concat(statement_path, action_path))
}

# data "aws_iam_policy_document" statements without principals (identity policies).
deny contains {
	"msg": sprintf("%s allows every %s action (%q) on every resource without a condition", [d.address, service(action), action]),
	"resource": d.address,
	"path": ["statement", i, "actions", j],
} if {
	some d in tf.resources("data.aws_iam_policy_document")
	some i, statement in tf.blocks(d.values, "statement")
	count(tf.blocks(statement, "principals")) == 0
	tf.is_allow(object.get(statement, "effect", "Allow"))
	some j, action in tf.as_array(object.get(statement, "actions", []))
	service_wildcard(action)
	"*" in tf.as_array(object.get(statement, "resources", []))
	count(tf.blocks(statement, "condition")) == 0
}

# "<service>:*" (not "*" or "*:*", which SRM-AWS-IAM-001 reports).
service_wildcard(action) if {
	is_string(action)
	regex.match(`^[a-z0-9-]+:\*$`, lower(action))
}

service(action) := split(action, ":")[0]

# [action, path of the action inside the statement].
actions(statement) := [[a, ["Action", j]] | some j, a in statement.Action] if is_array(statement.Action)

actions(statement) := [[statement.Action, ["Action"]]] if is_string(statement.Action)

location(value, attr_path, inner_path) := array.concat(attr_path, inner_path) if is_object(value)

location(value, attr_path, _) := attr_path if is_string(value)
