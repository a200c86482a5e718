# METADATA
# title: Dataproc cluster with confidential data is not encrypted with a customer-managed key
# description: >-
#   Dataproc encrypts the persistent disks of its VMs, which hold HDFS data,
#   shuffle files and job scratch data, with Google-managed keys. For data
#   classified confidential or restricted that leaves key access, rotation and
#   revocation outside the customer's control; a Cloud KMS key lets the customer
#   audit and restrict its use and make the disks unreadable by disabling it. Only
#   clusters labelled `data-classification = confidential` or `restricted` (or
#   carrying that class through the provider's `default_labels`) are checked.
# custom:
#   id: SRM-GCP-DATAPROC-002
#   severity: medium
#   areas: [data-security]
#   responsibility: shared
#   input: {format: terraform, types: [google_dataproc_cluster]}
#   remediation: >-
#     Add `cluster_config { encryption_config { kms_key_name =
#     google_kms_crypto_key.dataproc.id } }` and grant the Compute Engine service
#     agent and the Dataproc service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter`
#     on the key.
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/customer-managed-encryption"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dataproc_cluster#encryption_config"
package srm.google.dataproc.cluster_cmek

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Dataproc cluster %s holds %s data but has no encryption_config.kms_key_name: its disks are encrypted with Google-managed keys", [r.address, class_text(r.values)]),
	"resource": r.address,
	"path": path,
} if {
	some r in tf.resources("google_dataproc_cluster")
	sensitive(r.values)
	not has_key(r.values)
	path := key_path(r.values)
}

applies contains r.address if {
	some r in tf.resources("google_dataproc_cluster")
	sensitive(r.values)
}

unknown contains {"resource": r.address, "path": ["labels"]} if {
	some r in tf.resources("google_dataproc_cluster")
	tf.tags_unresolved(r.values)
	not has_key(r.values)
}

has_key(values) if {
	some config in tf.blocks(values, "cluster_config")
	some encryption in tf.blocks(config, "encryption_config")
	not object.get(encryption, "kms_key_name", null) in {null, ""}
}

key_path(values) := ["cluster_config", 0, "encryption_config", 0, "kms_key_name"] if count(tf.blocks(values, "cluster_config")) > 0

key_path(values) := ["cluster_config"] if count(tf.blocks(values, "cluster_config")) == 0

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
