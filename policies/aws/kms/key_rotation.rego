# METADATA
# title: KMS key does not rotate its key material automatically
# description: >-
#   Automatic rotation gives a symmetric customer managed key new cryptographic
#   material every year (or on the period set) while keeping old material for
#   decryption, which limits how much data one compromised or cryptanalysed key
#   version protects and meets the rotation requirements of most standards. KMS
#   offers rotation but leaves it off for customer managed keys. Asymmetric, HMAC
#   and custom key store keys cannot rotate automatically and are not reported.
# custom:
#   id: SRM-AWS-KMS-001
#   severity: medium
#   areas: [data-security]
#   responsibility: shared
#   input: {format: terraform, types: [aws_kms_key]}
#   remediation: >-
#     Turn rotation on: `enable_key_rotation = true` (optionally with
#     `rotation_period_in_days = 365`).
#   fix: {safety: safe, change: "Sets `enable_key_rotation = true`; KMS rotates the key material yearly and keeps the old material, so existing ciphertext stays readable."}
#   frameworks: {cis-aws-3.0: ["3.6"], nist-800-53: [SC-12, SC-28]}
#   peers: {checkov: [CKV_AWS_7], kics: [cmk_rotation_disabled], trivy: [AVD-AWS-0065]}
#   references:
#     - "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#enable_key_rotation"
package srm.aws.kms.key_rotation

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("KMS key %s sets enable_key_rotation = false", [r.address]),
	"resource": r.address,
	"path": ["enable_key_rotation"],
	"fix": [{"set": ["enable_key_rotation"], "value": true}],
} if {
	some r in tf.resources("aws_kms_key")
	rotatable(r.values)
	tf.is_false(r.values.enable_key_rotation)
}

deny contains {
	"msg": sprintf("KMS key %s does not set enable_key_rotation (it defaults to false)", [r.address]),
	"resource": r.address,
	"path": ["enable_key_rotation"],
	"fix": [{"set": ["enable_key_rotation"], "value": true}],
} if {
	some r in tf.resources("aws_kms_key")
	rotatable(r.values)
	object.get(r.values, "enable_key_rotation", null) == null
}

# rotatable(values): a symmetric encryption key outside any custom key store.
# An unresolved key spec is not judged.
rotatable(values) if {
	key_spec(values) == "SYMMETRIC_DEFAULT"
	not in_custom_key_store(values)
}

key_spec(values) := values.customer_master_key_spec if {
	values.customer_master_key_spec != null
} else := values.key_spec if {
	values.key_spec != null
} else := "SYMMETRIC_DEFAULT"

in_custom_key_store(values) if {
	some attr in ["custom_key_store_id", "xks_key_id"]
	id := object.get(values, attr, null)
	id != null
	id != ""
}
