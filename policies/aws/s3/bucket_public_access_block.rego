# METADATA
# title: S3 public access block does not block every kind of public access
# description: >-
#   S3 Block Public Access is the safety net that stops a bucket policy or ACL
#   written by mistake, by a tool or by an attacker from exposing data to the
#   internet. Its four settings guard different doors: `block_public_acls` and
#   `ignore_public_acls` stop public ACLs, `block_public_policy` and
#   `restrict_public_buckets` stop public bucket policies. Every setting defaults
#   to false in the resource, so one left out or set to false leaves that door
#   open.
# custom:
#   id: SRM-AWS-S3-003
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_s3_bucket_public_access_block, aws_s3_account_public_access_block]}
#   remediation: >-
#     Set all four settings to true:
#     `resource "aws_s3_bucket_public_access_block" "b" { bucket = aws_s3_bucket.b.id
#     block_public_acls = true block_public_policy = true ignore_public_acls = true
#     restrict_public_buckets = true }` (the same four on aws_s3_account_public_access_block).
#   fix: {safety: unsafe, change: "Sets each reported setting (`block_public_acls`, `block_public_policy`, `ignore_public_acls`, `restrict_public_buckets`) to true; buckets or objects that are meant to be public (static websites, public downloads) stop being readable by anonymous users."}
#   frameworks: {cis-aws-3.0: ["2.1.4"], nist-800-53: [AC-3, AC-6, SC-7]}
#   peers: {checkov: [CKV_AWS_53, CKV_AWS_54, CKV_AWS_55, CKV_AWS_56], kics: [s3_bucket_allows_public_acl, s3_bucket_allows_public_policy, s3_bucket_without_ignore_public_acl, s3_bucket_without_restriction_of_public_bucket], trivy: [AVD-AWS-0086, AVD-AWS-0087, AVD-AWS-0091, AVD-AWS-0093]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block"
package srm.aws.s3.bucket_public_access_block

import data.srm.lib.terraform as tf

settings := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

types := ["aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"]

deny contains {
	"msg": sprintf("%s sets %s = false", [r.address, setting]),
	"resource": r.address,
	"path": [setting],
	"fix": [{"set": [setting], "value": true}],
} if {
	some type in types
	some r in tf.resources(type)
	some setting in settings
	tf.is_false(r.values[setting])
}

deny contains {
	"msg": sprintf("%s does not set %s (it defaults to false)", [r.address, setting]),
	"resource": r.address,
	"path": [setting],
	"fix": [{"set": [setting], "value": true}],
} if {
	some type in types
	some r in tf.resources(type)
	some setting in settings
	object.get(r.values, setting, null) == null
}
