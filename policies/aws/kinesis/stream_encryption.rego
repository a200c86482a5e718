# METADATA
# title: Kinesis data stream is not encrypted at rest
# description: >-
#   A Kinesis data stream keeps every record for its retention period, up to a
#   year, on storage that AWS does not encrypt unless server-side encryption is
#   on. Records often carry clickstreams, application events, logs or change data
#   with personal data, and without a KMS key their access is not gated by a key
#   policy or recorded in CloudTrail. Streams are created with `encryption_type =
#   "NONE"` unless the customer asks for KMS.
# custom:
#   id: SRM-AWS-KINESIS-001
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_kinesis_stream]}
#   remediation: >-
#     Encrypt the stream: `encryption_type = "KMS"` with `kms_key_id =
#     aws_kms_key.kinesis.arn` (or `"alias/aws/kinesis"`) on `aws_kinesis_stream`;
#     it can be turned on without recreating the stream.
#   fix: {safety: safe, change: "Sets `encryption_type = \"KMS\"`, with `kms_key_id = \"alias/aws/kinesis\"` (the AWS managed key) when no key is named; Kinesis encrypts new records in place, transparently to producers and consumers, at the cost of KMS requests."}
#   frameworks: {nist-800-53: [SC-28, SC-28(1), SC-13]}
#   peers: {checkov: [CKV_AWS_43], kics: [kinesis_not_encrypted_with_kms], trivy: [AVD-AWS-0064]}
#   references:
#     - "https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/kinesis-controls.html#kinesis-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream#encryption_type"
package srm.aws.kinesis.stream_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Kinesis stream %s is not encrypted at rest: encryption_type is %q; set it to \"KMS\" with a kms_key_id", [r.address, r.values.encryption_type]),
	"resource": r.address,
	"path": ["encryption_type"],
	"fix": kms_fix(r.values),
} if {
	some r in tf.resources("aws_kinesis_stream")
	is_string(r.values.encryption_type)
	upper(r.values.encryption_type) == "NONE"
}

deny contains {
	"msg": sprintf("Kinesis stream %s is not encrypted at rest: encryption_type is not set (default \"NONE\"); set it to \"KMS\" with a kms_key_id", [r.address]),
	"resource": r.address,
	"path": ["encryption_type"],
	"fix": kms_fix(r.values),
} if {
	some r in tf.resources("aws_kinesis_stream")
	not "encryption_type" in object.keys(r.values)
}

unknown contains {"resource": r.address, "path": ["encryption_type"]} if {
	some r in tf.resources("aws_kinesis_stream")
	tf.is_unresolved(r.values.encryption_type)
}

# The fix: KMS encryption, with the AWS managed key for Kinesis unless the stream
# already names a key.
kms_fix(values) := [{"set": ["encryption_type"], "value": "KMS"}] if {
	key := object.get(values, "kms_key_id", null)
	key != null
	key != ""
} else := [{"set": ["encryption_type"], "value": "KMS"}, {"set": ["kms_key_id"], "value": "alias/aws/kinesis"}]
