# METADATA
# title: SNS topic policy lets anyone publish or subscribe
# description: >-
#   A topic policy statement that allows Principal "*" (or {"AWS": "*"}) without
#   a Condition opens the topic to every AWS account: anyone can publish forged
#   messages to all subscribers, subscribe an endpoint of their own to receive
#   every message, or change the topic, depending on the actions allowed. SNS
#   enforces exactly the access policy the customer writes; restricting the
#   principal or adding aws:SourceArn / aws:SourceAccount conditions is on the
#   customer.
# custom:
#   id: SRM-AWS-SNS-002
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_sns_topic, aws_sns_topic_policy, data.aws_iam_policy_document]}
#   remediation: >-
#     Name the principals, e.g. `Principal = { Service = "events.amazonaws.com" }`
#     or `Principal = { AWS = "arn:aws:iam::111122223333:root" }`, and restrict
#     service access with a condition such as
#     `Condition = { ArnEquals = { "aws:SourceArn" = aws_cloudwatch_event_rule.orders.arn } }`.
#   frameworks: {nist-800-53: [AC-3, AC-6]}
#   references:
#     - "https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html"
#     - "https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_policy"
#   peers: {checkov: [CKV_AWS_169], kics: [sns_topic_is_publicly_accessible]}
package srm.aws.sns.topic_policy_public

import data.srm.lib.terraform as tf

policy_holders := ["aws_sns_topic", "aws_sns_topic_policy"]

# A policy written as jsonencode() or a JSON string on the topic or topic policy.
deny contains {
	"msg": sprintf("%s allows Principal %s without a Condition: any AWS account can %s", [r.address, json.marshal(statement.Principal), describe_actions(object.get(statement, "Action", "*"))]),
	"resource": r.address,
	"path": path,
} if {
	some type in policy_holders
	some r in tf.resources(type)
	value := r.values.policy
	document := tf.json_document(value)
	some [statement, statement_path] in tf.statements(document)
	tf.is_allow(object.get(statement, "Effect", null))
	tf.is_public_principal(statement.Principal)
	tf.is_unconditioned(object.get(statement, "Condition", null))
	path := location(value, statement_path)
}

# A policy built by a data "aws_iam_policy_document" the topic (policy) refers to.
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
	# The topics (policies) whose policy refers to d, looked up in the index of
	# references (for the public statements only, not for every topic and document).
	some type in policy_holders
	some r in tf.referrers(type, "policy", d.address)
}

describe_actions(actions) := concat(", ", [sprintf("%v", [a]) | some a in tf.as_array(actions)])

# The Principal inside a jsonencode() document; the whole attribute for a JSON string.
location(value, statement_path) := array.concat(["policy"], array.concat(statement_path, ["Principal"])) if is_object(value)

location(value, _) := ["policy"] if is_string(value)
