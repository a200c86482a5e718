# METADATA
# title: Confidential S3 bucket is not encrypted with a customer managed KMS key
# description: >-
#   S3 encrypts every object, by default with S3 managed keys (SSE-S3): anyone with
#   s3:GetObject on the bucket can read the data, nothing records decryptions, and
#   access cannot be revoked through the key. SSE-KMS with the AWS managed key
#   `aws/s3` adds CloudTrail records but its policy cannot be changed. For buckets
#   classified confidential or restricted, a customer managed key adds a second,
#   separately administered permission (kms:Decrypt), an audit trail and
#   crypto-shredding, and protects against a bucket policy written too broadly.
# custom:
#   id: SRM-AWS-S3-008
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_s3_bucket, aws_s3_bucket_server_side_encryption_configuration]}
#   remediation: >-
#     Encrypt with a customer managed key: `resource
#     "aws_s3_bucket_server_side_encryption_configuration" "b" { bucket =
#     aws_s3_bucket.b.id rule { apply_server_side_encryption_by_default {
#     sse_algorithm = "aws:kms" kms_master_key_id = aws_kms_key.data.arn }
#     bucket_key_enabled = true } }`.
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html"
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration"
package srm.aws.s3.sensitive_bucket_cmk

import data.srm.lib.terraform as tf

# No encryption configuration at all: SSE-S3 by default.
deny contains {
	"msg": sprintf("S3 bucket %s is classified %s but has no server-side encryption configuration, so it uses S3 managed keys (SSE-S3); configure SSE-KMS with a customer managed key", [b.address, classes(b)]),
	"resource": b.address,
	"path": ["server_side_encryption_configuration"],
} if {
	some b in sensitive_buckets
	count(tf.blocks(b.values, "server_side_encryption_configuration")) == 0
	not tf.is_attached("aws_s3_bucket_server_side_encryption_configuration", "bucket", b)
}

# A default-encryption rule that is not SSE-KMS with a customer managed key.
deny contains {
	"msg": sprintf("S3 bucket %s is classified %s but %s; use sse_algorithm = \"aws:kms\" with kms_master_key_id set to a customer managed key", [b.address, classes(b), problem]),
	"resource": r.address,
	"path": array.concat(prefix, [attr]),
} if {
	some b in sensitive_buckets
	some [r, prefix, rule] in inline_defaults(b)
	some [attr, problem] in problems(rule)
}

# The same in an aws_s3_bucket_server_side_encryption_configuration, reported with
# each sensitive bucket it is attached to (tf.attached). The configurations with a
# problem are found first, then their buckets (tf.attached_to), rather than the
# configurations of every bucket: with `count`, every bucket may have thousands.
deny contains {
	"msg": sprintf("S3 bucket %s is classified %s but %s; use sse_algorithm = \"aws:kms\" with kms_master_key_id set to a customer managed key", [b.address, classes(b), problem]),
	"resource": r.address,
	"path": ["rule", i, "apply_server_side_encryption_by_default", j, attr],
} if {
	# Without a sensitive bucket there is nothing to join (10,000 configurations
	# each referring to a counted bucket would otherwise join all 10,000 instances).
	count(sensitive_buckets) > 0
	some r in tf.resources("aws_s3_bucket_server_side_encryption_configuration")
	some i, rule in tf.blocks(r.values, "rule")
	some j, block in tf.blocks(rule, "apply_server_side_encryption_by_default")
	some [attr, problem] in problems(block)
	some b in tf.attached_to(r, "bucket", "aws_s3_bucket")
	tf.is_sensitive(b.values)
}

sensitive_buckets contains b if {
	some b in tf.resources("aws_s3_bucket")
	tf.is_sensitive(b.values)
}

# [bucket, path of the apply_server_side_encryption_by_default block, block].
inline_defaults(b) := {[b, ["server_side_encryption_configuration", k, "rule", i, "apply_server_side_encryption_by_default", j], block] |
	some k, configuration in tf.blocks(b.values, "server_side_encryption_configuration")
	some i, rule in tf.blocks(configuration, "rule")
	some j, block in tf.blocks(rule, "apply_server_side_encryption_by_default")
}

problems(block) := {["sse_algorithm", sprintf("its default encryption is %s (S3 managed keys)", [block.sse_algorithm])] |
	block.sse_algorithm == "AES256"
} | {["kms_master_key_id", "its SSE-KMS default sets no kms_master_key_id, so the AWS managed key aws/s3 is used"] |
	kms_algorithm(block.sse_algorithm)
	object.get(block, "kms_master_key_id", "") in {"", null}
} | {["kms_master_key_id", sprintf("its kms_master_key_id is the AWS managed key %q", [block.kms_master_key_id])] |
	kms_algorithm(block.sse_algorithm)
	is_string(block.kms_master_key_id)
	regex.match(`(^|:)alias/aws/`, block.kms_master_key_id)
}

kms_algorithm(algorithm) if algorithm in {"aws:kms", "aws:kms:dsse"}

classes(b) := concat("/", sort(tf.classifications(b.values)))
