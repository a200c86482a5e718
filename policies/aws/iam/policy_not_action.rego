# METADATA
# title: IAM policy allows everything except a list of actions (NotAction)
# description: >-
#   "Effect": "Allow" with "NotAction" grants every action of every AWS service
#   except the few listed, including actions and services that AWS adds later.
#   It is almost always meant as "everything but IAM" and ends up granting
#   organisations, KMS, CloudTrail and billing control, or iam:PassRole through a
#   service the list forgot. NotAction belongs with Deny statements (for example
#   to require MFA); AWS evaluates whatever the customer writes.
# custom:
#   id: SRM-AWS-IAM-010
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role, data.aws_iam_policy_document]
#   remediation: >-
#     Replace the Allow/NotAction statement with an explicit allow list, e.g.
#     `{ Effect = "Allow", Action = ["ec2:Describe*", "s3:GetObject"], Resource = [...] }`;
#     keep NotAction only in Deny statements.
#   frameworks: {nist-800-53: [AC-6, AC-6(1), AC-3]}
#   references:
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html"
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document#not_actions"
package srm.aws.iam.policy_not_action

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
	"msg": sprintf("%s allows every action except %s (Effect Allow with NotAction), including services added in the future", [r.address, json.marshal(statement.NotAction)]),
	"resource": r.address,
	"path": path,
} if {
	some [r, attr_path, value] in documents
	document := tf.json_document(value)
	some [statement, statement_path] in tf.statements(document)
	tf.is_allow(statement.Effect)
	statement.NotAction != null
	path := location(value, attr_path, statement_path)
}

deny contains {
	"msg": sprintf("%s allows every action except %s (effect Allow with not_actions), including services added in the future", [d.address, json.marshal(statement.not_actions)]),
	"resource": d.address,
	"path": ["statement", i, "not_actions"],
} if {
	some d in tf.resources("data.aws_iam_policy_document")
	some i, statement in tf.blocks(d.values, "statement")
	tf.is_allow(object.get(statement, "effect", "Allow"))
	statement.not_actions != null
}

location(value, attr_path, statement_path) := array.concat(attr_path, array.concat(statement_path, ["NotAction"])) if is_object(value)

location(value, attr_path, _) := attr_path if is_string(value)
