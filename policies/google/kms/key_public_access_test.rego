package srm.google.kms.key_public_access_test

import data.srm.google.kms.key_public_access as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

one(type, values) := {"format": "terraform", "module": ".", "resources": {type: [res(type, "r", values, {})]}}

test_members_are_reported if {
	findings := policy.deny with input as one("google_kms_crypto_key_iam_member", {"crypto_key_id": "k", "role": "roles/cloudkms.cryptoKeyDecrypter", "member": "allUsers"})
	{f.path | some f in findings} == {["member"]}
	findings2 := policy.deny with input as one("google_kms_key_ring_iam_binding", {"key_ring_id": "r", "role": "roles/cloudkms.viewer", "members": ["group:a@example.com", "allAuthenticatedUsers"]})
	{f.path | some f in findings2} == {["members", 1]}
}

test_policy_data_is_reported if {
	findings := policy.deny with input as one("google_kms_crypto_key_iam_policy", {"crypto_key_id": "k", "policy_data": {"bindings": [{"role": "roles/cloudkms.cryptoKeyEncrypter", "members": ["allUsers"]}]}})
	{f.path | some f in findings} == {["policy_data", "bindings", 0, "members", 0]}
	iam_policy := res("google_kms_key_ring_iam_policy", "p", {"key_ring_id": "r", "policy_data": "${data.google_iam_policy.p.policy_data}"}, {"policy_data": ["data.google_iam_policy.p"]})
	data_source := object.union(res("google_iam_policy", "p", {"binding": [{"role": "roles/cloudkms.admin", "members": ["allAuthenticatedUsers"]}]}, {}), {"address": "data.google_iam_policy.p", "mode": "data"})
	findings2 := policy.deny with input as {"format": "terraform", "resources": {"google_kms_key_ring_iam_policy": [iam_policy], "data.google_iam_policy": [data_source]}}
	{[f.resource, f.path] | some f in findings2} == {["data.google_iam_policy.p", ["binding", 0, "members", 0]]}
}

test_named_members_pass if {
	count(policy.deny) == 0 with input as one("google_kms_crypto_key_iam_member", {"crypto_key_id": "k", "role": "roles/cloudkms.cryptoKeyEncrypterDecrypter", "member": "serviceAccount:app@p.iam.gserviceaccount.com"})
	count(policy.deny) == 0 with input as one("google_kms_crypto_key_iam_binding", {"crypto_key_id": "k", "role": "roles/cloudkms.cryptoKeyEncrypterDecrypter", "members": "${var.members}"})
}
