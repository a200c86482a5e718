# METADATA
# title: Confidential CloudWatch log group is not encrypted with a KMS key
# description: >-
#   Logs routinely capture what the systems they come from handle: request
#   payloads, personal data, tokens, SQL statements. CloudWatch Logs encrypts log
#   groups at rest with keys the service manages, so anyone with logs read
#   permissions can read them and nothing records decryptions. For log groups
#   classified confidential or restricted, a customer managed KMS key adds a
#   separately administered permission (kms:Decrypt), an audit trail of every use
#   and the option to revoke access by disabling the key.
# custom:
#   id: SRM-AWS-CLOUDWATCH-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cloudwatch_log_group]}
#   remediation: >-
#     Encrypt the log group with a customer managed key whose policy allows the
#     CloudWatch Logs service principal: `kms_key_id = aws_kms_key.logs.arn` on
#     `aws_cloudwatch_log_group`.
#   frameworks: {nist-800-53: [SC-28, SC-28(1), AU-9]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html"
#     - "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#kms_key_id"
package srm.aws.cloudwatch.sensitive_log_group_cmk

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("CloudWatch log group %s is classified %s but sets no kms_key_id, so its logs are encrypted only with service-managed keys; set kms_key_id to a customer managed key", [r.address, concat("/", sort(tf.classifications(r.values)))]),
	"resource": r.address,
	"path": ["kms_key_id"],
} if {
	some r in tf.resources("aws_cloudwatch_log_group")
	tf.is_sensitive(r.values)
	object.get(r.values, "kms_key_id", "") in {"", null}
}
