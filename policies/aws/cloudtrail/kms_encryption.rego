# METADATA
# title: CloudTrail logs are not encrypted with a KMS key
# description: >-
#   Without `kms_key_id` CloudTrail writes its log files with S3 server-side
#   encryption only, so anyone allowed to read the log bucket can read the whole
#   account's API history, including resource names, IP addresses and request
#   parameters. SSE-KMS with a customer managed key adds a second, separately
#   administered permission (kms:Decrypt) and records every read. CloudTrail uses
#   KMS only when the customer configures a key.
# custom:
#   id: SRM-AWS-CLOUDTRAIL-003
#   severity: medium
#   areas: [data-security, logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cloudtrail]}
#   remediation: >-
#     Encrypt the trail with a customer managed key whose policy lets CloudTrail
#     use it: `kms_key_id = aws_kms_key.cloudtrail.arn` on `aws_cloudtrail`.
#   frameworks: {cis-aws-3.0: ["3.5"], nist-800-53: [AU-9, SC-28]}
#   peers: {checkov: [CKV_AWS_35], kics: [cloudtrail_log_files_not_encrypted_with_kms], trivy: [AVD-AWS-0015]}
#   references:
#     - "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-2"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#kms_key_id"
package srm.aws.cloudtrail.kms_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("CloudTrail trail %s does not encrypt its logs with KMS: kms_key_id is not set; set it to a customer managed key", [r.address]),
	"resource": r.address,
	"path": ["kms_key_id"],
} if {
	some r in tf.resources("aws_cloudtrail")
	object.get(r.values, "kms_key_id", "") in {"", null}
}
