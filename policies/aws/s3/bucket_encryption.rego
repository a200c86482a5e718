# METADATA
# title: S3 bucket has no server-side encryption configuration
# description: >-
#   A bucket without its own server-side encryption configuration leaves the
#   choice of key, and the evidence that data is encrypted at rest, to the
#   provider's default. Since January 2023 S3 encrypts new objects with SSE-S3
#   by default, so an omission no longer means plaintext objects on disk: this is
#   why the severity is medium rather than high. Declaring the configuration
#   (ideally SSE-KMS with a customer managed key and a bucket key) keeps the key
#   policy, rotation and CloudTrail audit of decryptions under the customer's
#   control and makes encryption at rest explicit and reviewable in code.
# custom:
#   id: SRM-AWS-S3-001
#   severity: medium
#   areas: [data-security]
#   responsibility: shared
#   input: {format: terraform, types: [aws_s3_bucket, aws_s3_bucket_server_side_encryption_configuration]}
#   remediation: >-
#     Add an `aws_s3_bucket_server_side_encryption_configuration` for the bucket:
#     `resource "aws_s3_bucket_server_side_encryption_configuration" "b" { bucket = aws_s3_bucket.b.id
#     rule { apply_server_side_encryption_by_default { sse_algorithm = "aws:kms"
#     kms_master_key_id = aws_kms_key.k.arn } bucket_key_enabled = true } }`
#     (or, with AWS provider v3, an inline `server_side_encryption_configuration` block).
#   frameworks: {nist-800-53: [SC-28, SC-28(1)]}
#   peers: {checkov: [CKV_AWS_19], trivy: [AVD-AWS-0088]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html"
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration"
package srm.aws.s3.bucket_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("S3 bucket %s has no server-side encryption configuration (neither an inline server_side_encryption_configuration block nor an aws_s3_bucket_server_side_encryption_configuration referring to it)", [r.address]),
	"resource": r.address,
	"path": ["server_side_encryption_configuration"],
} if {
	some r in tf.resources("aws_s3_bucket")
	count(tf.blocks(r.values, "server_side_encryption_configuration")) == 0
	not tf.is_attached("aws_s3_bucket_server_side_encryption_configuration", "bucket", r)
}
