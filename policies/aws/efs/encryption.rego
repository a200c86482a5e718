# METADATA
# title: EFS file system is not encrypted at rest
# description: >-
#   An unencrypted EFS file system keeps every file, and every backup AWS Backup
#   takes of it, in plaintext on the service's storage: access to the data is not
#   gated by a KMS key policy and decryptions leave no CloudTrail record.
#   Encryption at rest can only be chosen when the file system is created, and the
#   EFS API (and so the Terraform resource) creates it unencrypted unless
#   `encrypted = true` is set; turning it on later means copying the data to a new
#   file system.
# custom:
#   id: SRM-AWS-EFS-001
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_efs_file_system]}
#   remediation: >-
#     Create the file system encrypted: `encrypted = true` (optionally with
#     `kms_key_id = aws_kms_key.efs.arn`) on `aws_efs_file_system`; migrate the data
#     of an existing unencrypted file system with AWS DataSync.
#   fix: {safety: unsafe, change: "Sets `encrypted = true`; an existing file system cannot be encrypted in place, so Terraform replaces it with an empty one: copy the data (AWS DataSync) before applying."}
#   frameworks: {cis-aws-3.0: ["2.4.1"], nist-800-53: [SC-28, SC-28(1)]}
#   peers: {checkov: [CKV_AWS_42], kics: [efs_not_encrypted], trivy: [AVD-AWS-0037]}
#   references:
#     - "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system#encrypted"
package srm.aws.efs.encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("EFS file system %s is not encrypted at rest: encrypted is %v; set encrypted = true", [r.address, r.values.encrypted]),
	"resource": r.address,
	"path": ["encrypted"],
	"fix": [{"set": ["encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_efs_file_system")
	tf.is_false(r.values.encrypted)
}

deny contains {
	"msg": sprintf("EFS file system %s is not encrypted at rest: encrypted is not set (default false); set encrypted = true", [r.address]),
	"resource": r.address,
	"path": ["encrypted"],
	"fix": [{"set": ["encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_efs_file_system")
	not "encrypted" in object.keys(r.values)
}
