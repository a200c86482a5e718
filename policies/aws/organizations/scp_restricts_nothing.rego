# METADATA
# title: Organizations control policy allows everything and denies nothing
# description: >-
#   A service control policy (or resource control policy) only narrows what the
#   accounts below it may do. One whose statements allow every action and that has
#   no Deny statement is equivalent to the default FullAWSAccess policy: attached to
#   an organizational unit or account it restricts nothing, so guardrails the
#   organization believes it has (no leaving the organization, no disabling
#   CloudTrail or GuardDuty, approved regions only) do not exist. Organizations
#   enforces exactly what the customer writes.
# custom:
#   id: SRM-AWS-ORGANIZATIONS-001
#   severity: low
#   areas: [compliance, iam]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [aws_organizations_policy, data.aws_iam_policy_document]
#   remediation: >-
#     Keep FullAWSAccess for the allow side and write guardrails as Deny statements,
#     e.g. `{ Effect = "Deny", Action = ["organizations:LeaveOrganization",
#     "cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "guardduty:DeleteDetector"],
#     Resource = "*" }` in the `content` of `aws_organizations_policy`; or list only
#     the allowed services (an allow list) instead of `"*"`.
#   frameworks: {nist-800-53: [AC-3, AC-6, CM-7]}
#   references:
#     - "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_strategies.html"
#     - "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/organizations_policy"
package srm.aws.organizations.scp_restricts_nothing

import data.srm.lib.terraform as tf

control_policy_types := {"SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY"}

deny contains {
	"msg": sprintf("%s %q allows every action and has no Deny statement, so it restricts nothing wherever it is attached; add Deny guardrails or list only the allowed services", [r.address, object.get(r.values, "name", "?")]),
	"resource": r.address,
	"path": ["content"],
} if {
	some r in control_policies
	statements := known_statements(r)
	not some_deny(statements)
	some s in statements
	allows_everything(s)
}

# Service and resource control policies (the type defaults to SERVICE_CONTROL_POLICY).
applies contains r.address if some r in control_policies

unknown contains {"resource": r.address, "path": ["content"]} if {
	some r in control_policies
	not known_statements(r)
}

control_policies contains r if {
	some r in tf.resources("aws_organizations_policy")
	type := object.get(r.values, "type", "SERVICE_CONTROL_POLICY")
	is_string(type)
	upper(type) in control_policy_types
}

# known_statements(r) is the policy's statements as {effect, actions, resources}
# objects, from a jsonencode() object, a JSON string, or the
# data.aws_iam_policy_document its content refers to; undefined when unknown.
known_statements(r) := [normalized(s) | some [s, _] in tf.statements(document)] if {
	document := tf.json_document(r.values.content)
	is_object(document)
} else := [block_statement(b) | some b in tf.blocks(d.values, "statement")] if {
	tf.is_unresolved(r.values.content)
	some address in tf.references(r, "content")
	startswith(address, "data.aws_iam_policy_document.")
	some d in tf.resources("data.aws_iam_policy_document")
	d.address == address
}

normalized(s) := {
	"effect": object.get(s, "Effect", null),
	"actions": tf.as_array(object.get(s, "Action", [])),
	"resources": tf.as_array(object.get(s, "Resource", ["*"])),
}

block_statement(b) := {
	"effect": object.get(b, "effect", null),
	"actions": tf.as_array(object.get(b, "actions", [])),
	"resources": tf.as_array(object.get(b, "resources", ["*"])),
}

some_deny(statements) if {
	some s in statements
	not tf.is_allow(s.effect)
}

allows_everything(s) if {
	tf.is_allow(s.effect)
	some action in s.actions
	action in {"*", "*:*"}
	"*" in s.resources
}
