# METADATA
# title: S3 bucket server access logging is not enabled
# description: >-
#   Server access logs record every request made to a bucket: who read, wrote or
#   deleted which object, from where and when. Without them a data leak or a
#   tampering incident cannot be scoped, and CloudTrail data events are the only
#   (paid, opt-in) alternative. S3 does not log access by default. A bucket that
#   is itself the destination of access logs (the target of another bucket's
#   logging, or with the `log-delivery-write` ACL) is not reported: AWS advises
#   against logging a log bucket into itself.
# custom:
#   id: SRM-AWS-S3-005
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: shared
#   input: {format: terraform, types: [aws_s3_bucket, aws_s3_bucket_logging, aws_s3_bucket_acl]}
#   remediation: >-
#     Send access logs to a dedicated log bucket:
#     `resource "aws_s3_bucket_logging" "b" { bucket = aws_s3_bucket.b.id
#     target_bucket = aws_s3_bucket.logs.id target_prefix = "s3/b/" }` (AWS provider
#     v4+), or `logging { target_bucket = aws_s3_bucket.logs.id }` inside the bucket
#     with provider v3.
#   frameworks: {cis-aws-3.0: ["3.4"], nist-800-53: [AU-2, AU-3, AU-12]}
#   peers: {checkov: [CKV_AWS_18], kics: [s3_bucket_logging_disabled], trivy: [AVD-AWS-0089]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html"
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging"
package srm.aws.s3.bucket_logging

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("S3 bucket %s has no server access logging (neither an inline logging block nor an aws_s3_bucket_logging referring to it)", [b.address]),
	"resource": b.address,
	"path": ["logging"],
} if {
	some b in tf.resources("aws_s3_bucket")
	count(tf.blocks(b.values, "logging")) == 0
	not tf.is_attached("aws_s3_bucket_logging", "bucket", b)
	not log_bucket(b)
}

# log_bucket(b): b receives access logs, so it needs no access logging of its own.
log_bucket(b) if b.values.acl == "log-delivery-write"

log_bucket(b) if log_delivery_acls[["reference", tf.base_address(b)]]

log_bucket(b) if {
	name := object.get(b.values, "bucket", null)
	is_string(name)
	log_delivery_acls[["name", name]]
}

log_bucket(b) if {
	some key in tf.reference_keys(b.address)
	log_target_references[key]
}

log_bucket(b) if log_target_names[b.values.bucket]

# The sets below are computed once per document, so that each bucket is looked
# up in them instead of scanning every other bucket and aws_s3_bucket_logging.

# log_delivery_acls: how the aws_s3_bucket_acl resources with the
# log-delivery-write ACL name their bucket (tf.attached's matching): the
# addresses their `bucket` refers to, and its string value.
log_delivery_acls contains ["reference", address] if {
	some acl in tf.resources("aws_s3_bucket_acl")
	acl.values.acl == "log-delivery-write"
	some address in tf.references(acl, "bucket")
}

log_delivery_acls contains ["name", name] if {
	some acl in tf.resources("aws_s3_bucket_acl")
	acl.values.acl == "log-delivery-write"
	name := acl.values.bucket
	is_string(name)
}

# log_target_references / log_target_names: the log destinations named in this
# module: the addresses the target_bucket of an inline logging block or of an
# aws_s3_bucket_logging refers to, and the literal (or same unresolved) names
# they give. A bucket is a log bucket when one of its tf.reference_keys or its
# own `bucket` is among them.
log_target_references contains address if {
	some other in tf.resources("aws_s3_bucket")
	some i, logging in tf.blocks(other.values, "logging")
	_ := logging.target_bucket
	some address in tf.references(other, sprintf("logging.%d.target_bucket", [i]))
}

log_target_references contains address if {
	some other in tf.resources("aws_s3_bucket_logging")
	_ := other.values.target_bucket
	some address in tf.references(other, "target_bucket")
}

log_target_names contains name if {
	some other in tf.resources("aws_s3_bucket")
	some logging in tf.blocks(other.values, "logging")
	name := logging.target_bucket
	is_string(name)
}

log_target_names contains name if {
	some other in tf.resources("aws_s3_bucket_logging")
	name := other.values.target_bucket
	is_string(name)
}
