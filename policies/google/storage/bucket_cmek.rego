# METADATA
# title: Cloud Storage bucket with confidential data is not encrypted with a customer-managed key
# description: >-
#   Cloud Storage encrypts every object with Google-managed keys, but for data
#   classified confidential or restricted that leaves key access, rotation and
#   revocation outside the customer's control and audit trail. A Cloud KMS key
#   as the bucket's default key lets the customer see every use of the key in
#   Cloud Audit Logs, restrict who may use it, and make the data unreadable at once
#   by disabling it. Only buckets labelled `data-classification = confidential` or
#   `restricted` are checked.
# custom:
#   id: SRM-GCP-STORAGE-006
#   severity: medium
#   areas: [data-security]
#   responsibility: shared
#   input: {format: terraform, types: [google_storage_bucket]}
#   remediation: >-
#     Set a Cloud KMS key as the bucket's default key:
#     `encryption { default_kms_key_name = google_kms_crypto_key.storage.id }`, and
#     grant `roles/cloudkms.cryptoKeyEncrypterDecrypter` on that key to the
#     project's Cloud Storage service agent.
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://cloud.google.com/storage/docs/encryption/customer-managed-keys"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#encryption"
package srm.google.storage.bucket_cmek

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud Storage bucket %s holds %s data but has no encryption block: objects are encrypted with Google-managed keys only", [r.address, class_text(r.values)]),
	"resource": r.address,
	"path": ["encryption"],
} if {
	some r in tf.resources("google_storage_bucket")
	sensitive(r.values)
	count(tf.blocks(r.values, "encryption")) == 0
}

deny contains {
	"msg": sprintf("Cloud Storage bucket %s holds %s data but its encryption block sets no default_kms_key_name", [r.address, class_text(r.values)]),
	"resource": r.address,
	"path": ["encryption", i, "default_kms_key_name"],
} if {
	some r in tf.resources("google_storage_bucket")
	sensitive(r.values)
	some i, encryption in tf.blocks(r.values, "encryption")
	object.get(encryption, "default_kms_key_name", "") in {"", null}
}

# sensitive(values): classified confidential or restricted by its own labels, or,
# when it carries no classification label, by the google provider's default_labels.
sensitive(values) if tf.is_sensitive(values)

sensitive(values) if {
	not tf.has_classification(values)
	some labels in provider_default_labels
	tf.is_sensitive({"labels": labels})
}

provider_default_labels contains labels if {
	some provider in object.get(input, "providers", [])
	object.get(provider, "name", "") in {"google", "google-beta"}
	labels := object.get(provider, ["values", "default_labels"], {})
	is_object(labels)
}

class_text(values) := concat("/", sort(tf.classifications(values))) if tf.has_classification(values)

class_text(values) := "confidential or restricted (provider default_labels)" if not tf.has_classification(values)
