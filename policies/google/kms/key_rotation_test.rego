package srm.google.kms.key_rotation_test

import data.srm.google.kms.key_rotation as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_kms_crypto_key": [{
	"address": "google_kms_crypto_key.k", "type": "google_kms_crypto_key", "name": "k",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "k", "key_ring": "${google_kms_key_ring.r.id}"}, values), "references": {},
}]}}

test_long_period_is_reported if {
	findings := policy.deny with input as doc({"rotation_period": "31536000s"})
	{f.path | some f in findings} == {["rotation_period"]}
	some f in findings
	contains(f.msg, "365 days")
}

test_missing_period_is_reported if {
	count(policy.deny) == 1 with input as doc({})
	count(policy.deny) == 1 with input as doc({"purpose": "ENCRYPT_DECRYPT"})
}

test_short_period_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"rotation_period": "7776000s"})
	count(policy.deny) == 0 with input as doc({"rotation_period": "2592000s"})
	count(policy.deny) == 0 with input as doc({"rotation_period": "${var.rotation}"})
}

test_non_rotatable_keys_are_skipped if {
	count(policy.deny) == 0 with input as doc({"purpose": "ASYMMETRIC_SIGN", "version_template": [{"algorithm": "EC_SIGN_P256_SHA256"}]})
	count(policy.deny) == 0 with input as doc({"purpose": "MAC"})
	count(policy.deny) == 0 with input as doc({"import_only": true})
	count(policy.deny) == 0 with input as doc({"version_template": [{"algorithm": "EXTERNAL_SYMMETRIC_ENCRYPTION", "protection_level": "EXTERNAL"}]})
}

test_fix_rotates_every_90_days if {
	long := policy.deny with input as doc({"rotation_period": "31536000s"})
	{f.fix | some f in long} == {[{"set": ["rotation_period"], "value": "7776000s"}]}
	missing := policy.deny with input as doc({})
	{f.fix | some f in missing} == {[{"set": ["rotation_period"], "value": "7776000s"}]}
}
