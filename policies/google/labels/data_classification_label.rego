# METADATA
# title: Data store has no data classification label
# description: >-
#   Controls are chosen by how sensitive the data is: without a classification
#   nobody can tell which buckets, databases, datasets or disks hold confidential
#   data, which encryption, retention and access rules they need, or which are in
#   scope of an audit. Google Cloud stores whatever labels it is given and
#   classifies nothing; the customer must label each data store, here with a
#   `data-classification` (or `data_classification`) label on the resource (Cloud
#   SQL: `settings.user_labels`) or in the provider's `default_labels`. Google
#   Cloud label keys must be lower case.
# custom:
#   id: SRM-GCP-LABEL-001
#   severity: low
#   areas: [compliance]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_storage_bucket
#       - google_bigquery_dataset
#       - google_sql_database_instance
#       - google_compute_disk
#       - google_compute_region_disk
#       - google_spanner_instance
#       - google_bigtable_instance
#       - google_redis_instance
#       - google_filestore_instance
#       - google_alloydb_cluster
#   remediation: >-
#     Label the data store with its class: `labels = { data-classification =
#     "confidential" }` (public, internal, confidential or restricted; for Cloud SQL
#     `settings { user_labels = { data-classification = "internal" } }`), or set it
#     once for the module with `provider "google" { default_labels = {
#     data-classification = "internal" } }`.
#   frameworks: {nist-800-53: [RA-2, CM-8]}
#   references:
#     - "https://cloud.google.com/resource-manager/docs/creating-managing-labels"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/guides/provider_reference#default_labels"
package srm.google.labels.data_classification_label

import data.srm.lib.terraform as tf

data_store_types := [
	"google_storage_bucket",
	"google_bigquery_dataset",
	"google_sql_database_instance",
	"google_compute_disk",
	"google_compute_region_disk",
	"google_spanner_instance",
	"google_bigtable_instance",
	"google_redis_instance",
	"google_filestore_instance",
	"google_alloydb_cluster",
]

deny contains {
	"msg": sprintf("%s has no %s, so no %s label", [s.address, s.attr_text, key_names]),
	"resource": s.address,
	"path": s.path,
} if {
	not default_labels_cover
	some s in stores
	s.labels == null
}

deny contains {
	"msg": sprintf("%s has %s (%s) but no %s label", [s.address, s.attr_text, concat(", ", sort(object.keys(s.labels))), key_names]),
	"resource": s.address,
	"path": s.path,
} if {
	not default_labels_cover
	some s in stores
	is_object(s.labels)
	not classified(s.labels)
}

# Only lower-case keys are valid Google Cloud label keys.
key_names := concat(" or ", sort(lower_keys)) if {
	lower_keys := {key | some key in tf.classification_keys; lower(key) == key}
	count(lower_keys) > 0
} else := concat(" or ", sort(tf.classification_keys))

# stores: every data store with its labels (null when it has none) and their path.
stores contains {"address": r.address, "labels": object.get(r.values, "labels", null), "path": ["labels"], "attr_text": "labels"} if {
	some type in data_store_types
	type != "google_sql_database_instance"
	some r in tf.resources(type)
}

stores contains {"address": r.address, "labels": object.get(settings, "user_labels", null), "path": ["settings", s, "user_labels"], "attr_text": "settings.user_labels"} if {
	some r in tf.resources("google_sql_database_instance")
	some s, settings in tf.blocks(r.values, "settings")
}

classified(labels) if {
	some key in object.keys(labels)
	key in tf.classification_keys
}

# A computed key (`(var.key) = "x"`) may be the classification: not judged.
classified(labels) if {
	some key in object.keys(labels)
	tf.is_unresolved(key)
}

# default_labels_cover: a google provider of this module sets the label in
# default_labels (every resource inherits it), or sets default_labels we cannot read.
default_labels_cover if {
	some labels in provider_default_labels
	is_object(labels)
	classified(labels)
}

default_labels_cover if {
	some labels in provider_default_labels
	tf.is_unresolved(labels)
}

provider_default_labels contains labels if {
	some provider in object.get(input, "providers", [])
	is_object(provider)
	object.get(provider, "name", "") in {"google", "google-beta"}
	labels := object.get(provider, ["values", "default_labels"], null)
	labels != null
}
