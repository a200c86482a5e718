# METADATA
# title: Secrets Manager secret is not encrypted with a customer managed KMS key
# description: >-
#   Without kms_key_id, Secrets Manager encrypts the secret with the
#   aws/secretsmanager AWS managed key, whose key policy lets every principal of
#   the account with secretsmanager:GetSecretValue decrypt it. A customer managed
#   key adds a second, independent permission (kms:Decrypt) that can be limited to
#   the applications that need the secret, audited per key in CloudTrail, shared
#   across accounts and revoked in an emergency.
# custom:
#   id: SRM-AWS-SECRETSMANAGER-001
#   severity: low
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_secretsmanager_secret, data.aws_kms_key]}
#   remediation: >-
#     Encrypt the secret with a customer managed key:
#     `kms_key_id = aws_kms_key.secrets.arn` (with a key policy that grants
#     `kms:Decrypt` only to the secret's consumers).
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret#kms_key_id"
#   peers: {checkov: [CKV_AWS_149], kics: [secretsmanager_secret_without_kms, secretsmanager_secret_encrypted_with_aws_managed_key], trivy: [AVD-AWS-0098]}
package srm.aws.secretsmanager.secret_cmk

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Secrets Manager secret %s is encrypted with the AWS managed key: kms_key_id is not set", [r.address]),
	"resource": r.address,
	"path": ["kms_key_id"],
} if {
	some r in tf.resources("aws_secretsmanager_secret")
	object.get(r.values, "kms_key_id", "") in {"", null}
}

deny contains {
	"msg": sprintf("Secrets Manager secret %s is encrypted with the AWS managed key (kms_key_id = %q)", [r.address, r.values.kms_key_id]),
	"resource": r.address,
	"path": ["kms_key_id"],
} if {
	some r in tf.resources("aws_secretsmanager_secret")
	key := r.values.kms_key_id
	is_string(key)
	contains(key, "alias/aws/")
}

# kms_key_id taken from a data "aws_kms_key" that looks up an AWS managed key
# (key_id = "alias/aws/secretsmanager"): still the AWS managed key.
deny contains {
	"msg": sprintf("Secrets Manager secret %s is encrypted with the AWS managed key: kms_key_id refers to %s (key_id = %q)", [r.address, d.address, d.values.key_id]),
	"resource": r.address,
	"path": ["kms_key_id"],
} if {
	some d in tf.resources("data.aws_kms_key")
	key := d.values.key_id
	is_string(key)
	contains(key, "alias/aws/")
	# The secrets whose kms_key_id refers to d, looked up in the index of references
	# (for the AWS managed keys only, not for every secret and key).
	some r in tf.referrers("aws_secretsmanager_secret", "kms_key_id", tf.base_address(d))
}
