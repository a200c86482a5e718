# METADATA
# title: AWS Backup vault is not encrypted with a customer managed key
# description: >-
#   A backup vault without `kms_key_arn` encrypts recovery points with the AWS
#   managed key `aws/backup`, whose key policy the customer cannot change: the
#   backups cannot be copied to another account, and their decryption is governed
#   only by the vault's access policy. A customer managed key adds a separately
#   administered permission and lets the organisation restrict, audit and, if
#   needed, revoke access to every copy of its data.
# custom:
#   id: SRM-AWS-BACKUP-002
#   severity: low
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_backup_vault]}
#   remediation: >-
#     Create the vault with a customer managed key: `kms_key_arn =
#     aws_kms_key.backup.arn` on `aws_backup_vault` (a vault's key cannot be changed
#     later; create a new vault and move the plans to it).
#   frameworks: {nist-800-53: [SC-12, SC-28, CP-9]}
#   peers: {checkov: [CKV_AWS_166]}
#   references:
#     - "https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_vault#kms_key_arn"
package srm.aws.backup.vault_cmk

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Backup vault %s sets no kms_key_arn, so its recovery points are encrypted with the AWS managed key aws/backup; set kms_key_arn to a customer managed key", [r.address]),
	"resource": r.address,
	"path": ["kms_key_arn"],
} if {
	some r in tf.resources("aws_backup_vault")
	object.get(r.values, "kms_key_arn", "") in {"", null}
}

deny contains {
	"msg": sprintf("Backup vault %s uses the AWS managed key %q; set kms_key_arn to a customer managed key", [r.address, r.values.kms_key_arn]),
	"resource": r.address,
	"path": ["kms_key_arn"],
} if {
	some r in tf.resources("aws_backup_vault")
	is_string(r.values.kms_key_arn)
	regex.match(`(^|:)alias/aws/`, r.values.kms_key_arn)
}
