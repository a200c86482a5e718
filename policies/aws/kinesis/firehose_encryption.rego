# METADATA
# title: Firehose stream that receives Direct PUT records does not encrypt them at rest
# description: >-
#   A Firehose stream buffers the records producers send it, often logs, events or
#   change data with personal data, for up to 24 hours when its destination is
#   unavailable. For Direct PUT streams that buffer is only encrypted when
#   `server_side_encryption` is enabled; a stream that reads from a Kinesis data
#   stream or an MSK cluster relies on its source's encryption instead and is not
#   judged. Firehose leaves server-side encryption off unless the customer turns
#   it on.
# custom:
#   id: SRM-AWS-KINESIS-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_kinesis_firehose_delivery_stream]}
#   remediation: >-
#     Encrypt the stream: `server_side_encryption { enabled = true key_type =
#     "CUSTOMER_MANAGED_CMK" key_arn = aws_kms_key.firehose.arn }` (or `key_type =
#     "AWS_OWNED_CMK"`) on `aws_kinesis_firehose_delivery_stream`.
#   fix: {safety: safe, change: "Sets `enabled = true` in `server_side_encryption` (adding the block when it is missing, with an AWS owned key); Firehose encrypts the buffered records, transparently to producers and without cost."}
#   frameworks: {nist-800-53: [SC-28, SC-28(1), SC-13]}
#   peers: {checkov: [CKV_AWS_240], kics: [kinesis_sse_not_configured]}
#   references:
#     - "https://docs.aws.amazon.com/firehose/latest/dev/encryption.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/datafirehose-controls.html#datafirehose-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_firehose_delivery_stream#server_side_encryption"
package srm.aws.kinesis.firehose_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Firehose stream %s does not encrypt buffered records at rest: server_side_encryption.enabled is %v; set it to true", [r.address, enabled]),
	"resource": r.address,
	"path": ["server_side_encryption", i, "enabled"],
	"fix": [{"set": ["server_side_encryption", i, "enabled"], "value": true}],
} if {
	some r in direct_put_streams
	some i, block in tf.blocks(r.values, "server_side_encryption")
	enabled := object.get(block, "enabled", false)
	tf.is_false(enabled)
}

deny contains {
	"msg": sprintf("Firehose stream %s does not encrypt buffered records at rest: it has no server_side_encryption block (default off); add server_side_encryption { enabled = true }", [r.address]),
	"resource": r.address,
	"path": ["server_side_encryption"],
	"fix": [{"set": ["server_side_encryption", 0, "enabled"], "value": true}],
} if {
	some r in direct_put_streams
	count(tf.blocks(r.values, "server_side_encryption")) == 0
}

# Streams fed by a Kinesis data stream or an MSK cluster take their source's encryption.
applies contains r.address if some r in direct_put_streams

unknown contains {"resource": r.address, "path": ["server_side_encryption", i, "enabled"]} if {
	some r in direct_put_streams
	some i, block in tf.blocks(r.values, "server_side_encryption")
	tf.is_unresolved(object.get(block, "enabled", null))
}

direct_put_streams contains r if {
	some r in tf.resources("aws_kinesis_firehose_delivery_stream")
	count(tf.blocks(r.values, "kinesis_source_configuration")) == 0
	count(tf.blocks(r.values, "msk_source_configuration")) == 0
}
