# METADATA
# title: SQS queue is not encrypted at rest
# description: >-
#   Messages often carry personal data, tokens or business records, and they sit
#   in the queue until consumed or expired. A queue with SSE explicitly disabled
#   stores them unencrypted, and one that states neither SSE-SQS nor a KMS key
#   relies on a default that depends on the provider version and on when the
#   queue was created. Declaring `sqs_managed_sse_enabled = true`, or a customer
#   managed KMS key for key policy control and CloudTrail audit of decryptions,
#   makes encryption at rest explicit.
# custom:
#   id: SRM-AWS-SQS-001
#   severity: medium
#   areas: [data-security]
#   responsibility: shared
#   input: {format: terraform, types: [aws_sqs_queue]}
#   remediation: >-
#     Encrypt with a KMS key, `kms_master_key_id = aws_kms_key.queue.arn` (with
#     `kms_data_key_reuse_period_seconds = 300`), or at least with SQS managed keys:
#     `sqs_managed_sse_enabled = true`.
#   fix: {safety: safe, change: "Sets `sqs_managed_sse_enabled = true`; SQS encrypts new messages with keys it manages, transparently to producers and consumers and without KMS permissions or cost."}
#   frameworks: {nist-800-53: [SC-28, SC-28(1)]}
#   peers: {checkov: [CKV_AWS_27], kics: [sqs_with_sse_disabled], trivy: [AVD-AWS-0096]}
#   references:
#     - "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue#sqs_managed_sse_enabled"
package srm.aws.sqs.queue_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("SQS queue %s sets sqs_managed_sse_enabled = false and has no kms_master_key_id", [r.address]),
	"resource": r.address,
	"path": ["sqs_managed_sse_enabled"],
	"fix": [{"set": ["sqs_managed_sse_enabled"], "value": true}],
} if {
	some r in tf.resources("aws_sqs_queue")
	not kms_encrypted(r.values)
	tf.is_false(r.values.sqs_managed_sse_enabled)
}

deny contains {
	"msg": sprintf("SQS queue %s sets neither sqs_managed_sse_enabled = true nor kms_master_key_id", [r.address]),
	"resource": r.address,
	"path": ["sqs_managed_sse_enabled"],
	"fix": [{"set": ["sqs_managed_sse_enabled"], "value": true}],
} if {
	some r in tf.resources("aws_sqs_queue")
	not kms_encrypted(r.values)
	object.get(r.values, "sqs_managed_sse_enabled", null) == null
}

# A KMS key is named (an unresolved expression counts: it names some key).
kms_encrypted(values) if {
	key := object.get(values, "kms_master_key_id", null)
	key != null
	key != ""
}
