# METADATA
# title: SNS topic is not encrypted with KMS
# description: >-
#   Without kms_master_key_id, SNS does not apply server-side encryption to the
#   messages it stores while delivering them, and access to message contents is
#   not gated by a KMS key policy or visible as KMS decryptions in CloudTrail.
#   Topics often carry order, alert or user data to many subscribers. SNS offers
#   SSE with an AWS managed or customer managed key; turning it on is the
#   customer's decision.
# custom:
#   id: SRM-AWS-SNS-001
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_sns_topic]}
#   remediation: >-
#     Enable server-side encryption, preferably with a customer managed key:
#     `kms_master_key_id = aws_kms_key.sns.arn` (or `"alias/aws/sns"`).
#   frameworks: {nist-800-53: [SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic#kms_master_key_id"
#   peers: {checkov: [CKV_AWS_26], kics: [sns_topic_not_encrypted], trivy: [AVD-AWS-0095]}
package srm.aws.sns.topic_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("SNS topic %s is not encrypted at rest: kms_master_key_id is not set", [r.address]),
	"resource": r.address,
	"path": ["kms_master_key_id"],
} if {
	some r in tf.resources("aws_sns_topic")
	object.get(r.values, "kms_master_key_id", "") in {"", null}
}
