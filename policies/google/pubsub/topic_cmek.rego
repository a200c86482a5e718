# METADATA
# title: Pub/Sub topic with confidential data is not encrypted with a customer-managed key
# description: >-
#   Pub/Sub encrypts stored messages with Google-managed keys, but for messages
#   classified confidential or restricted that leaves key access, rotation and
#   revocation outside the customer's control: a Cloud KMS key lets the customer
#   audit every use, restrict it and make retained messages unreadable at once by
#   disabling it. Only topics labelled `data-classification = confidential` or
#   `restricted` (or carrying that class through the provider's `default_labels`)
#   are checked.
# custom:
#   id: SRM-GCP-PUBSUB-001
#   severity: medium
#   areas: [data-security]
#   responsibility: shared
#   input: {format: terraform, types: [google_pubsub_topic]}
#   remediation: >-
#     Set `kms_key_name = google_kms_crypto_key.pubsub.id` on the topic and grant the
#     Pub/Sub service agent (`service-PROJECT_NUMBER@gcp-sa-pubsub.iam.gserviceaccount.com`)
#     `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key.
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://cloud.google.com/pubsub/docs/encryption"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/pubsub_topic#kms_key_name"
package srm.google.pubsub.topic_cmek

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Pub/Sub topic %s holds %s data but has no kms_key_name: its messages are encrypted with Google-managed keys", [r.address, class_text(r.values)]),
	"resource": r.address,
	"path": ["kms_key_name"],
} if {
	some r in tf.resources("google_pubsub_topic")
	sensitive(r.values)
	object.get(r.values, "kms_key_name", null) in {null, ""}
}

applies contains r.address if {
	some r in tf.resources("google_pubsub_topic")
	sensitive(r.values)
}

unknown contains {"resource": r.address, "path": ["labels"]} if {
	some r in tf.resources("google_pubsub_topic")
	tf.tags_unresolved(r.values)
	object.get(r.values, "kms_key_name", null) in {null, ""}
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
