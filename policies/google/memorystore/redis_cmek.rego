# METADATA
# title: Memorystore for Redis instance with confidential data is not encrypted with a customer-managed key
# description: >-
#   Memorystore encrypts Redis data at rest (persistence files, snapshots and
#   swapped memory) with Google-managed keys, but for data classified confidential
#   or restricted that leaves key access, rotation and revocation outside the
#   customer's control; a Cloud KMS key lets the customer audit and restrict its
#   use and make the data unreadable by disabling it. Only instances labelled
#   `data-classification = confidential` or `restricted` (or carrying that class
#   through the provider's `default_labels`) are checked; the key can only be set
#   when the instance is created.
# custom:
#   id: SRM-GCP-MEMORYSTORE-003
#   severity: medium
#   areas: [data-security]
#   responsibility: shared
#   input: {format: terraform, types: [google_redis_instance]}
#   remediation: >-
#     Create the instance with `customer_managed_key = google_kms_crypto_key.redis.id`
#     and grant the Memorystore service agent
#     (`service-PROJECT_NUMBER@cloud-redis.iam.gserviceaccount.com`)
#     `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key.
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://cloud.google.com/memorystore/docs/redis/cmek"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/redis_instance#customer_managed_key"
package srm.google.memorystore.redis_cmek

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redis instance %s holds %s data but has no customer_managed_key: its data and snapshots are encrypted with Google-managed keys", [r.address, class_text(r.values)]),
	"resource": r.address,
	"path": ["customer_managed_key"],
} if {
	some r in tf.resources("google_redis_instance")
	sensitive(r.values)
	object.get(r.values, "customer_managed_key", null) in {null, ""}
}

applies contains r.address if {
	some r in tf.resources("google_redis_instance")
	sensitive(r.values)
}

unknown contains {"resource": r.address, "path": ["labels"]} if {
	some r in tf.resources("google_redis_instance")
	tf.tags_unresolved(r.values)
	object.get(r.values, "customer_managed_key", null) in {null, ""}
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
