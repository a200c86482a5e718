# METADATA
# title: BigQuery dataset or table with confidential data is not encrypted with a customer-managed key
# description: >-
#   BigQuery encrypts all data with Google-managed keys, but for data classified
#   confidential or restricted that leaves key access, rotation and revocation
#   outside the customer's control: a Cloud KMS key lets the customer audit every
#   use of the key, restrict it, and make the tables unreadable at once by
#   disabling it. Only datasets and tables labelled `data-classification =
#   confidential` or `restricted` are checked; a table passes when its dataset in
#   the same module has a default customer-managed key.
# custom:
#   id: SRM-GCP-BIGQUERY-002
#   severity: medium
#   areas: [data-security]
#   responsibility: shared
#   input: {format: terraform, types: [google_bigquery_dataset, google_bigquery_table]}
#   remediation: >-
#     Give the dataset a default key: `default_encryption_configuration { kms_key_name =
#     google_kms_crypto_key.bigquery.id }` (or `encryption_configuration { kms_key_name = ... }`
#     on the table), and grant the BigQuery service account
#     `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key.
#   frameworks: {cis-gcp-2.0: ["7.2", "7.3"], nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://cloud.google.com/bigquery/docs/customer-managed-encryption"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#default_encryption_configuration"
package srm.google.bigquery.dataset_cmek

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("BigQuery dataset %s holds %s data but has no default_encryption_configuration: its tables use Google-managed keys", [r.address, class_text(r.values)]),
	"resource": r.address,
	"path": ["default_encryption_configuration"],
} if {
	some r in tf.resources("google_bigquery_dataset")
	sensitive(r.values)
	not has_key(r.values, "default_encryption_configuration")
}

deny contains {
	"msg": sprintf("BigQuery table %s holds %s data but has no encryption_configuration and its dataset has no default customer-managed key", [r.address, class_text(r.values)]),
	"resource": r.address,
	"path": ["encryption_configuration"],
} if {
	some r in tf.resources("google_bigquery_table")
	sensitive(r.values)
	not has_key(r.values, "encryption_configuration")
	not dataset_key_covers(r)
}

has_key(values, block) if {
	some config in tf.blocks(values, block)
	not object.get(config, "kms_key_name", null) in {null, ""}
}

# The table's dataset (by reference or by dataset_id) has a default key, or is not
# in this module (its configuration cannot be judged). The datasets are read once
# per document into sets of the keys a table can name them by (names_dataset),
# not scanned for every table.
dataset_key_covers(table) if names_dataset(table, keyed_dataset_keys)

dataset_key_covers(table) if {
	not dataset_in_module(table)
}

dataset_in_module(table) if names_dataset(table, dataset_keys)

# names_dataset(table, keys): the table names a dataset whose keys are in `keys`:
# its dataset_id refers to the dataset (["reference", address], one of the
# dataset's tf.reference_keys), or equals the dataset's own resolved dataset_id
# (["id", dataset_id]).
names_dataset(table, keys) if {
	some address in tf.references(table, "dataset_id")
	keys[["reference", address]]
}

names_dataset(table, keys) if keys[["id", table.values.dataset_id]]

# dataset_keys: the keys of every dataset; keyed_dataset_keys: of those with a
# default customer-managed key.
dataset_keys contains key if {
	some dataset in tf.resources("google_bigquery_dataset")
	some key in keys_of(dataset)
}

keyed_dataset_keys contains key if {
	some dataset in tf.resources("google_bigquery_dataset")
	has_key(dataset.values, "default_encryption_configuration")
	some key in keys_of(dataset)
}

keys_of(dataset) := {["reference", address] | some address in tf.reference_keys(dataset.address)} | {["id", id] |
	id := dataset.values.dataset_id
	is_string(id)
	not tf.is_unresolved(id)
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
