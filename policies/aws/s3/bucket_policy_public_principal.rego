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
	"msg": sprintf("%s lets anyone %s: a statement allows Principal %s without a Condition", [r.address, json.marshal(object.get(statement, "Action", "?")), json.marshal(statement.Principal)]),
	"resource": r.address,
	"path": path,
} if {
	some r in policy_holders
	value := r.values.policy
	document := tf.json_document(value)
	some [statement, statement_path] in tf.statements(document)
	tf.is_allow(statement.Effect)
	tf.is_public_principal(statement.Principal)
	tf.is_unconditioned(object.get(statement, "Condition", null))
	path := location(value, statement_path)
}

# Bucket policies built by a data "aws_iam_policy_document" a bucket policy refers to.
deny contains {
	"msg": sprintf("%s lets anyone %s on the bucket of %s: it allows %s principals %s without a condition", [d.address, json.marshal(object.get(statement, "actions", [])), r.address, principals.type, json.marshal(principals.identifiers)]),
	"resource": d.address,
	"path": ["statement", i, "principals", j, "identifiers"],
} if {
	some r in policy_holders
	some d in tf.resources("data.aws_iam_policy_document")
	tf.refers_to(r, "policy", d.address)
	some i, statement in tf.blocks(d.values, "statement")
	tf.is_allow(object.get(statement, "effect", "Allow"))
	count(tf.blocks(statement, "condition")) == 0
	some j, principals in tf.blocks(statement, "principals")
	principals.type in {"AWS", "*"}
	"*" in tf.as_array(principals.identifiers)
}

policy_holders contains r if some r in tf.resources("aws_s3_bucket_policy")

policy_holders contains r if {
	some r in tf.resources("aws_s3_bucket")
	object.get(r.values, "policy", null) != null
}

location(value, statement_path) := array.concat(["policy"], array.concat(statement_path, ["Principal"])) if is_object(value)

location(value, _) := ["policy"] if is_string(value)
