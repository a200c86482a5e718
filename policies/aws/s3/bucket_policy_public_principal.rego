# METADATA
# title: S3 bucket policy allows any principal
# description: >-
#   A bucket policy statement that allows the principal "*" (or {"AWS": "*"})
#   without a condition grants its actions to everyone: anonymous internet users
#   and every AWS account in the world. Depending on the actions, anyone can list,
#   download, overwrite or delete the bucket's objects; public bucket policies are
#   among the most common causes of cloud data leaks. S3 Block Public Access can
#   block such policies, but only where it is enabled; the policy itself is the
#   customer's decision.
# custom:
#   id: SRM-AWS-S3-007
#   severity: critical
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_s3_bucket, aws_s3_bucket_policy, data.aws_iam_policy_document]}
#   remediation: >-
#     Name the principals, e.g. `Principal = { AWS = aws_iam_role.reader.arn }` or
#     `Principal = { Service = "cloudfront.amazonaws.com" }` with a condition on
#     `AWS:SourceArn`, or restrict "*" with a condition such as `Condition = {
#     StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }`; serve public content
#     through CloudFront with origin access control.
#   frameworks: {nist-800-53: [AC-3, AC-6, AC-21, SC-7]}
#   peers: {checkov: [CKV_AWS_70]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status"
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html"
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy"
package srm.aws.s3.bucket_policy_public_principal

import data.srm.lib.terraform as tf

# Bucket policies written as jsonencode() or a JSON string, on aws_s3_bucket_policy
# or inline on aws_s3_bucket (provider v3).
deny contains {
	"msg": sprintf("%s lets anyone %s: a statement allows Principal %s %s", [r.address, json.marshal(object.get(statement, "Action", "?")), json.marshal(statement.Principal), condition_note(object.get(statement, "Condition", null))]),
	"resource": r.address,
	"path": path,
} if {
	some r in policy_holders
	value := r.values.policy
	document := tf.json_document(value)
	some [statement, statement_path] in tf.statements(document)
	tf.is_allow(statement.Effect)
	tf.is_public_principal(statement.Principal)
	unrestricted(object.get(statement, "Condition", null))
	path := location(value, statement_path)
}

# Bucket policies built by a data "aws_iam_policy_document" a bucket policy refers to.
deny contains {
	"msg": sprintf("%s lets anyone %s on the bucket of %s: it allows %s principals %s %s", [d.address, json.marshal(object.get(statement, "actions", [])), r.address, principals.type, json.marshal(principals.identifiers), block_condition_note(statement)]),
	"resource": d.address,
	"path": ["statement", i, "principals", j, "identifiers"],
} if {
	some d in tf.resources("data.aws_iam_policy_document")
	some i, statement in tf.blocks(d.values, "statement")
	tf.is_allow(object.get(statement, "effect", "Allow"))
	every c in tf.blocks(statement, "condition") {
		matches_everyone(object.get(c, "test", null), object.get(c, "variable", null), object.get(c, "values", null))
	}
	some j, principals in tf.blocks(statement, "principals")
	principals.type in {"AWS", "*"}
	"*" in tf.as_array(principals.identifiers)
	# The policy holders whose policy refers to d, looked up in the index of
	# references (for the public statements only, not for every holder and document).
	some type in ["aws_s3_bucket_policy", "aws_s3_bucket"]
	some r in tf.referrers(type, "policy", d.address)
	r in policy_holders
}

policy_holders contains r if some r in tf.resources("aws_s3_bucket_policy")

policy_holders contains r if {
	some r in tf.resources("aws_s3_bucket")
	object.get(r.values, "policy", null) != null
}

location(value, statement_path) := array.concat(["policy"], array.concat(statement_path, ["Principal"])) if is_object(value)

location(value, _) := ["policy"] if is_string(value)

# A Condition restricts "*" only if it narrows the set of principals: an absent
# or empty one does not, nor one made only of tests that every principal passes
# (`ArnLike {"aws:PrincipalArn": "arn:aws:iam::*"}`, `StringLike {...: "*"}`).
# An unresolved Condition counts as restricting.
unrestricted(condition) if tf.is_unconditioned(condition)

unrestricted(condition) if {
	is_object(condition)
	count(condition) > 0
	every operator, tests in condition {
		is_object(tests)
		count(tests) > 0
		every key, values in tests {
			matches_everyone(operator, key, values)
		}
	}
}

# matches_everyone(operator, key, values): the condition test holds for every principal.
matches_everyone(operator, key, values) if {
	wildcard_operator(operator)
	is_string(key)
	vs := tf.as_array(values)
	count(vs) > 0
	every v in vs {
		wildcard_value(key, v)
	}
}

matches_everyone(operator, key, values) if {
	base_operator(operator) == "ipaddress"
	lower(key) == "aws:sourceip"
	vs := tf.as_array(values)
	count(vs) > 0
	every v in vs {
		tf.is_world_cidr(v)
	}
}

# Operators whose values are wildcard patterns (ArnEquals and ArnLike behave alike).
wildcard_operator(operator) if base_operator(operator) in {"stringlike", "arnlike", "arnequals"}

base_operator(operator) := trim_suffix(trim_prefix(trim_prefix(lower(operator), "foranyvalue:"), "forallvalues:"), "ifexists") if {
	is_string(operator)
	not tf.is_unresolved(operator)
}

wildcard_value(_, value) if {
	is_string(value)
	regex.match(`^[*:]+$`, value)
}

# Any IAM principal ARN: arn:aws:iam::*, arn:*:iam::*:*, arn:*.
wildcard_value(key, value) if {
	lower(key) == "aws:principalarn"
	is_string(value)
	regex.match(`^arn(:[*]*|:(aws[a-z-]*|[*]):(iam|[*])?:[*]*(:[*]*)*)$`, value)
}

condition_note(condition) := "without a Condition" if {
	tf.is_unconditioned(condition)
} else := sprintf("with a Condition that every principal satisfies (%s)", [json.marshal(condition)])

block_condition_note(statement) := "without a condition" if {
	count(tf.blocks(statement, "condition")) == 0
} else := sprintf("with a condition that every principal satisfies (%s)", [concat(", ", [sprintf("%v %v %v", [c.test, c.variable, json.marshal(c.values)]) | some c in tf.blocks(statement, "condition")])])
