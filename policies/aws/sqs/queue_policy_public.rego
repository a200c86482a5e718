# METADATA
# title: SQS queue policy allows any principal
# description: >-
#   A queue policy statement that allows Principal "*" (or {"AWS": "*"}) without
#   a Condition opens the queue to every AWS account: anyone can send forged
#   messages that consumers will process, receive and delete messages meant for
#   the application, or purge the queue, depending on the actions allowed. SQS
#   enforces exactly the access policy the customer writes; restricting the
#   principal or adding aws:SourceArn / aws:SourceAccount conditions is on the
#   customer.
# custom:
#   id: SRM-AWS-SQS-002
#   severity: high
#   areas: [iam, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_sqs_queue, aws_sqs_queue_policy, data.aws_iam_policy_document]}
#   remediation: >-
#     Name the principals, e.g. `Principal = { Service = "sns.amazonaws.com" }` or
#     `Principal = { AWS = aws_iam_role.consumer.arn }`, and restrict service access
#     with a condition such as
#     `Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.orders.arn } }`.
#   frameworks: {nist-800-53: [AC-3, AC-6]}
#   references:
#     - "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html"
#     - "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue_policy"
#   peers: {checkov: [CKV_AWS_168], kics: [sqs_policy_with_public_access, sqs_queue_exposed]}
package srm.aws.sqs.queue_policy_public

import data.srm.lib.terraform as tf

policy_holders := ["aws_sqs_queue", "aws_sqs_queue_policy"]

# A policy written as jsonencode() or a JSON string on the queue or queue policy.
deny contains {
	"msg": sprintf("%s allows Principal %s without a Condition: any AWS account can %s", [r.address, json.marshal(statement.Principal), describe_actions(object.get(statement, "Action", "*"))]),
	"resource": r.address,
	"path": path,
} if {
	some type in policy_holders
	some r in tf.resources(type)
	value := r.values.policy
	document := policy_document(value)
	some [statement, statement_path] in tf.statements(document)
	tf.is_allow(object.get(statement, "Effect", null))
	tf.is_public_principal(statement.Principal)
	tf.is_unconditioned(object.get(statement, "Condition", null))
	path := location(value, statement_path)
}

# A policy built by a data "aws_iam_policy_document" the queue (policy) refers to.
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
	some type in policy_holders
	some r in tf.referrers(type, "policy", d.address)
}

# policy_document(value): the policy as a document. A JSON text whose string
# literals contain interpolations ("Resource": "${aws_sqs_queue.q.arn}") reaches
# the policy unresolved: a heredoc as "${<<EOF ... EOF}", a quoted string with its
# escapes kept. It is read with each interpolation replaced by a placeholder, so
# its literal parts (Principal "*", no Condition) are judged; an unresolved
# Principal or Condition never reads as "*" or as absent. Interpolations outside
# string literals leave invalid JSON, which is not judged.
policy_document(value) := tf.json_document(value) if not tf.is_unresolved(value)

policy_document(value) := json.unmarshal(text) if {
	tf.is_unresolved(value)
	text := placeholders(template_text(value))
	json.is_valid(text)
} else := json.unmarshal(text) if {
	tf.is_unresolved(value)
	text := placeholders(replace(replace(value, `\"`, `"`), `\\`, `\`))
	json.is_valid(text)
}

# template_text(value): the body of an unresolved heredoc, or the value itself.
template_text(value) := body if {
	[[_, body]] := regex.find_all_string_submatch_n(`^\$\{<<-?[A-Za-z_][A-Za-z0-9_-]*\n((?s:.*))\n[ \t]*[A-Za-z_][A-Za-z0-9_-]*\}$`, value, 1)
} else := value

placeholders(text) := regex.replace(text, `\$\{[^}]*\}`, "unresolved")

describe_actions(actions) := concat(", ", [sprintf("%v", [a]) | some a in tf.as_array(actions)])

# The Principal inside a jsonencode() document; the whole attribute for a JSON string.
location(value, statement_path) := array.concat(["policy"], array.concat(statement_path, ["Principal"])) if is_object(value)

location(value, _) := ["policy"] if is_string(value)
