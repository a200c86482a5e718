# METADATA
# title: IAM policy allows passing any role
# description: >-
#   iam:PassRole lets a principal hand a role to an AWS service (EC2, Lambda, ECS,
#   Glue, CloudFormation...). Allowed on every role without a condition, it is a
#   classic privilege escalation: the holder launches an instance or function with
#   the most powerful role in the account and acts through it, even when its own
#   permissions are narrow. AWS evaluates the policy as written; limiting which
#   roles can be passed, and to which service, is the customer's duty.
# custom:
#   id: SRM-AWS-IAM-006
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role, data.aws_iam_policy_document]
#   remediation: >-
#     Name the roles that may be passed and the service that may receive them, e.g.
#     `{ Effect = "Allow", Action = "iam:PassRole", Resource =
#     aws_iam_role.app_task.arn, Condition = { StringEquals = { "iam:PassedToService"
#     = "ecs-tasks.amazonaws.com" } } }`.
#   frameworks: {nist-800-53: [AC-6, AC-6(1), AC-3]}
#   references:
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html"
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document"
package srm.aws.iam.pass_role_wildcard

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

# JSON documents (jsonencode or a JSON string).
deny contains {
	"msg": sprintf("%s allows %s on every role (Resource %s) without a condition, so its holder can give any role to a service it controls", [r.address, json.marshal(actions), json.marshal(statement.Resource)]),
	"resource": r.address,
	"path": path,
} if {
	some [r, attr_path, value] in documents
	document := tf.json_document(value)
	some [statement, statement_path] in tf.statements(document)
	tf.is_allow(statement.Effect)
	actions := [a | some a in tf.as_array(statement.Action); passes_roles(a)]
	count(actions) > 0
	any_role(statement.Resource)
	tf.is_unconditioned(object.get(statement, "Condition", null))
	path := location(value, attr_path, statement_path)
}

# data "aws_iam_policy_document" statements without principals (identity policies).
deny contains {
	"msg": sprintf("%s allows %s on every role (resources %s) without a condition, so its holder can give any role to a service it controls", [d.address, json.marshal(actions), json.marshal(statement.resources)]),
	"resource": d.address,
	"path": ["statement", i, "actions"],
} if {
	some d in tf.resources("data.aws_iam_policy_document")
	some i, statement in tf.blocks(d.values, "statement")
	count(tf.blocks(statement, "principals")) == 0
	tf.is_allow(object.get(statement, "effect", "Allow"))
	actions := [a | some a in tf.as_array(object.get(statement, "actions", [])); passes_roles(a)]
	count(actions) > 0
	any_role(object.get(statement, "resources", []))
	count(tf.blocks(statement, "condition")) == 0
}

# iam:PassRole, or a pattern such as iam:Pass* or iam:*Role that covers it. "*",
# "*:*" and "iam:*" are reported by SRM-AWS-IAM-001 and SRM-AWS-IAM-007.
passes_roles(action) if {
	is_string(action)
	not lower(action) in {"*", "*:*", "iam:*"}
	glob.match(lower(action), null, "iam:passrole")
}

# Every role: "*", or a role ARN pattern ending in role/* (all roles of an account).
any_role(resource) if {
	some r in tf.as_array(resource)
	r == "*"
}

any_role(resource) if {
	some r in tf.as_array(resource)
	is_string(r)
	regex.match(`^arn:aws[a-z-]*:iam::[^:]*:role/\*$`, r)
}

location(value, attr_path, statement_path) := array.concat(attr_path, array.concat(statement_path, ["Action"])) if is_object(value)

location(value, attr_path, _) := attr_path if is_string(value)
