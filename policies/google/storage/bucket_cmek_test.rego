package srm.google.storage.bucket_cmek_test

import data.srm.google.storage.bucket_cmek as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_storage_bucket": [{
	"address": "google_storage_bucket.b", "type": "google_storage_bucket", "name": "b",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "b", "location": "EU"}, values), "references": {},
}]}}

confidential := {"labels": {"data-classification": "confidential"}}

test_confidential_bucket_without_encryption_is_reported if {
	findings := policy.deny with input as doc(confidential)
	{f.path | some f in findings} == {["encryption"]}
}

test_restricted_bucket_with_empty_key_is_reported if {
	findings := policy.deny with input as doc({"labels": {"data_classification": "Restricted"}, "encryption": [{"default_kms_key_name": ""}]})
	{f.path | some f in findings} == {["encryption", 0, "default_kms_key_name"]}
}

test_cmek_passes if {
	count(policy.deny) == 0 with input as doc(object.union(confidential, {"encryption": [{"default_kms_key_name": "${google_kms_crypto_key.k.id}"}]}))
}

test_unclassified_or_internal_passes if {
	count(policy.deny) == 0 with input as doc({})
	count(policy.deny) == 0 with input as doc({"labels": {"data-classification": "internal"}})
	count(policy.deny) == 0 with input as doc({"labels": "${local.labels}"})
}

test_provider_default_labels if {
	base := doc({})
	with_provider := object.union(base, {"providers": [{"name": "google", "values": {"default_labels": {"data-classification": "restricted"}}}]})
	count(policy.deny) == 1 with input as with_provider
	overridden := object.union(doc({"labels": {"data-classification": "public"}}), {"providers": [{"name": "google", "values": {"default_labels": {"data-classification": "restricted"}}}]})
	count(policy.deny) == 0 with input as overridden
}
