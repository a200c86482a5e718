# METADATA
# title: S3 bucket ACL grants access to everyone or to any AWS account
# description: >-
#   The canned ACLs `public-read`, `public-read-write` and `authenticated-read`,
#   and grants to the `AllUsers` or `AuthenticatedUsers` groups, let anyone on
#   the internet (or anyone holding any AWS account) list, read or even write the
#   bucket's objects. Public buckets are one of the most common causes of cloud
#   data leaks, and an attacker with write access can also plant malware or run up
#   storage costs. S3 never makes a bucket public on its own: the ACL is the
#   customer's decision.
# custom:
#   id: SRM-AWS-S3-002
#   severity: critical
#   areas: [data-security, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_s3_bucket, aws_s3_bucket_acl]}
#   remediation: >-
#     Use a private ACL, or better no ACL at all with object ownership enforced:
#     `resource "aws_s3_bucket_ownership_controls" "b" { bucket = aws_s3_bucket.b.id
#     rule { object_ownership = "BucketOwnerEnforced" } }`, remove public grants, and
#     serve public content through CloudFront with origin access control instead.
#   frameworks: {nist-800-53: [AC-3, AC-6, AC-21, SC-7]}
#   peers: {checkov: [CKV_AWS_20, CKV_AWS_57], kics: [s3_bucket_acl_allows_read_or_write_to_all_users], trivy: [AVD-AWS-0092]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl"
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html"
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"
package srm.aws.s3.bucket_public_acl

import data.srm.lib.terraform as tf

public_acls := {"public-read", "public-read-write", "authenticated-read"}

# The grantee URIs of the two public groups.
public_groups := {
	"http://acs.amazonaws.com/groups/global/AllUsers",
	"http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
}

# Canned ACL, inline on the bucket (provider v3) or on aws_s3_bucket_acl (v4+).
deny contains {
	"msg": sprintf("%s sets the public canned ACL %q", [r.address, r.values.acl]),
	"resource": r.address,
	"path": ["acl"],
} if {
	some type in ["aws_s3_bucket", "aws_s3_bucket_acl"]
	some r in tf.resources(type)
	r.values.acl in public_acls
}

# Inline grant blocks of aws_s3_bucket (provider v3).
deny contains {
	"msg": sprintf("%s grants %v to the public group %s", [r.address, object.get(g, "permissions", []), g.uri]),
	"resource": r.address,
	"path": ["grant", i, "uri"],
} if {
	some r in tf.resources("aws_s3_bucket")
	some i, g in tf.blocks(r.values, "grant")
	g.uri in public_groups
}

# access_control_policy { grant { grantee { uri = ... } } } of aws_s3_bucket_acl.
deny contains {
	"msg": sprintf("%s grants %v to the public group %s", [r.address, object.get(g, "permission", ""), grantee.uri]),
	"resource": r.address,
	"path": ["access_control_policy", i, "grant", j, "grantee", k, "uri"],
} if {
	some r in tf.resources("aws_s3_bucket_acl")
	some i, acp in tf.blocks(r.values, "access_control_policy")
	some j, g in tf.blocks(acp, "grant")
	some k, grantee in tf.blocks(g, "grantee")
	grantee.uri in public_groups
}
