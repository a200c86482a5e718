# METADATA
# title: Confidential S3 bucket has no lifecycle or Object Lock retention rule
# description: >-
#   Data classified confidential or restricted comes with retention duties: keep
#   records as long as law and contracts require and delete them when that period
#   ends. A bucket with neither a lifecycle configuration (expiring current and
#   noncurrent versions on schedule) nor S3 Object Lock (preventing deletion before
#   the retention date) keeps everything forever, or until someone deletes it by
#   hand, which fails storage-limitation and record-keeping requirements alike. S3
#   applies no retention unless the customer configures it.
# custom:
#   id: SRM-AWS-S3-009
#   severity: low
#   areas: [compliance, data-security]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [aws_s3_bucket, aws_s3_bucket_lifecycle_configuration, aws_s3_bucket_object_lock_configuration]
#   remediation: >-
#     Define the retention: `resource "aws_s3_bucket_lifecycle_configuration" "b" {
#     bucket = aws_s3_bucket.b.id rule { id = "retention" status = "Enabled"
#     filter {} expiration { days = 2555 } noncurrent_version_expiration {
#     noncurrent_days = 30 } } }`, and/or Object Lock for records that must not be
#     deleted early: `object_lock_enabled = true` on the bucket with an
#     `aws_s3_bucket_object_lock_configuration` default retention.
#   frameworks: {nist-800-53: [SI-12, AU-11, MP-6]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html"
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_lifecycle_configuration"
package srm.aws.s3.sensitive_bucket_retention

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("S3 bucket %s is classified %s but has no lifecycle rule and no Object Lock, so no retention period is enforced", [b.address, concat("/", sort(tf.classifications(b.values)))]),
	"resource": b.address,
	"path": ["lifecycle_rule"],
} if {
	some b in tf.resources("aws_s3_bucket")
	tf.is_sensitive(b.values)
	not retention_defined(b)
}

# Lifecycle rules: inline (provider v3) or aws_s3_bucket_lifecycle_configuration.
retention_defined(b) if count(tf.blocks(b.values, "lifecycle_rule")) > 0

retention_defined(b) if tf.is_attached("aws_s3_bucket_lifecycle_configuration", "bucket", b)

# Object Lock: on the bucket (v4+), inline (v3), or its split configuration; an
# unresolved setting counts.
retention_defined(b) if tf.is_true(object.get(b.values, "object_lock_enabled", false))

retention_defined(b) if tf.is_unresolved(object.get(b.values, "object_lock_enabled", false))

retention_defined(b) if {
	some lock in tf.blocks(b.values, "object_lock_configuration")
	lock.object_lock_enabled in {"Enabled", true}
}

retention_defined(b) if tf.is_attached("aws_s3_bucket_object_lock_configuration", "bucket", b)
