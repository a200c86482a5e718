# METADATA
# title: IAM policy grants full administrative privileges
# description: >-
#   A statement that allows every action ("*") on every resource ("*") makes its
#   holder an administrator of the whole account: it can read every secret,
#   delete every backup, disable CloudTrail and create new credentials for itself.
#   One leaked key or one compromised workload then means the loss of the account.
#   AWS evaluates whatever policy the customer writes; granting only the actions a
#   principal needs is the customer's duty.
# custom:
#   id: SRM-AWS-IAM-001
#   severity: critical
#   areas: [iam]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role, data.aws_iam_policy_document]
#   remediation: >-
#     List the actions and resources the principal needs, e.g.
#     `policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow",
#     Action = ["s3:GetObject"], Resource = ["${aws_s3_bucket.b.arn}/*"] }] })`; keep
#     administrator access for break-glass roles that use the AWS managed
#     AdministratorAccess policy behind MFA.
#   frameworks: {cis-aws-3.0: ["1.16"], nist-800-53: [AC-6, AC-6(1), AC-3]}
#   peers: {checkov: [CKV_AWS_62, CKV_AWS_1], kics: [iam_policies_with_full_privileges]}
#   references:
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document"
package srm.aws.iam.policy_admin_wildcard

import data.srm.lib.terraform as tf

policy_types := ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]

# JSON policy documents: [resource, path of the attribute, its value].
documents contains [r, ["policy"], r.values.policy] if {
	some type in policy_types
	some r in tf.resources(type)
}

documents contains [r, ["inline_policy", i, "policy"], block.policy] if {
	some r in tf.resources("aws_iam_role")
	some i, block in tf.blocks(r.values, "inline_policy")
}

deny contains {
	"msg": sprintf("%s allows every action on every resource (Effect Allow, Action %s, Resource \"*\")", [r.address, json.marshal(statement.Action)]),
	"resource": r.address,
	"path": path,
} if {
	some [r, attr_path, value] in documents
	document := tf.json_document(value)
	some [statement, statement_path] in tf.statements(document)
	tf.is_allow(statement.Effect)
	some action in tf.as_array(statement.Action)
	action in {"*", "*:*"}
	"*" in tf.as_array(statement.Resource)
	path := location(value, attr_path, statement_path)
}

# data "aws_iam_policy_document": statement { actions = ["*"] resources = ["*"] }.
deny contains {
	"msg": sprintf("%s allows every action on every resource (effect Allow, actions %s, resources [\"*\"])", [d.address, json.marshal(statement.actions)]),
	"resource": d.address,
	"path": ["statement", i, "actions"],
} if {
	some d in tf.resources("data.aws_iam_policy_document")
	some i, statement in tf.blocks(d.values, "statement")
	tf.is_allow(object.get(statement, "effect", "Allow"))
	some action in tf.as_array(statement.actions)
	action in {"*", "*:*"}
	"*" in tf.as_array(statement.resources)
}

# The Action inside a jsonencode() document; the whole attribute for a JSON string.
location(value, attr_path, statement_path) := array.concat(attr_path, array.concat(statement_path, ["Action"])) if is_object(value)

location(value, attr_path, _) := attr_path if is_string(value)
