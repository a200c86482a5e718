# METADATA
# title: Cloud KMS key is not rotated automatically at least every 90 days
# description: >-
#   Automatic rotation gives a symmetric key new key material on a schedule, so
#   one compromised or cryptanalysed key version protects less data and the
#   cryptoperiod requirements of most standards are met without manual work.
#   Cloud KMS never rotates a key unless `rotation_period` is set. Keys that
#   cannot rotate automatically (asymmetric, MAC and raw keys, import-only and
#   external keys) are not reported.
# custom:
#   id: SRM-GCP-KMS-001
#   severity: medium
#   areas: [data-security]
#   responsibility: shared
#   input: {format: terraform, types: [google_kms_crypto_key]}
#   remediation: >-
#     Rotate at least every 90 days: `rotation_period = "7776000s"` on
#     `google_kms_crypto_key` (optionally with `destroy_scheduled_duration`).
#   fix: {safety: safe, change: 'Sets `rotation_period = "7776000s"` (90 days); Cloud KMS makes a new key version primary every 90 days and keeps the old ones for decryption, so existing ciphertext stays readable (each kept version is billed).'}
#   frameworks: {cis-gcp-2.0: ["1.10"], nist-800-53: [SC-12, SC-12(1)]}
#   references:
#     - "https://cloud.google.com/kms/docs/key-rotation"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key#rotation_period"
#   peers:
#     checkov: [CKV_GCP_43]
#     kics: [high_google_kms_crypto_key_rotation_period]
#     trivy: [AVD-GCP-0065]
package srm.google.kms.key_rotation

import data.srm.lib.terraform as tf

max_seconds := 7776000

deny contains {
	"msg": sprintf("Cloud KMS key %s rotates every %v (rotation_period = %q), more than 90 days", [r.address, days_text(seconds), r.values.rotation_period]),
	"resource": r.address,
	"path": ["rotation_period"],
	"fix": fix,
} if {
	some r in rotatable_keys
	seconds := duration_seconds(r.values.rotation_period)
	seconds > max_seconds
}

deny contains {
	"msg": sprintf("Cloud KMS key %s sets no rotation_period: its key material is never rotated", [r.address]),
	"resource": r.address,
	"path": ["rotation_period"],
	"fix": fix,
} if {
	some r in rotatable_keys
	object.get(r.values, "rotation_period", null) in {null, ""}
}

fix := [{"set": ["rotation_period"], "value": sprintf("%ds", [max_seconds])}]

# Symmetric ENCRYPT_DECRYPT keys (the default purpose) whose material Cloud KMS generates.
rotatable_keys contains r if {
	some r in tf.resources("google_kms_crypto_key")
	object.get(r.values, "purpose", "ENCRYPT_DECRYPT") == "ENCRYPT_DECRYPT"
	not tf.is_true(object.get(r.values, "import_only", false))
	not external_key(r.values)
}

external_key(values) if {
	some template in tf.blocks(values, "version_template")
	template.protection_level in {"EXTERNAL", "EXTERNAL_VPC"}
}

# duration_seconds("7776000s") = 7776000; undefined for anything else.
duration_seconds(value) := to_number(trim_suffix(value, "s")) if {
	is_string(value)
	regex.match(`^[0-9]+(\.[0-9]+)?s$`, value)
}

days_text(seconds) := sprintf("%v days", [round(seconds / 86400)])
