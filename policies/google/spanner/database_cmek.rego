# METADATA
# title: Spanner database with confidential data is not encrypted with a customer-managed key
# description: >-
#   Spanner encrypts databases and their backups with Google-managed keys, but for
#   data classified confidential or restricted that leaves key access, rotation and
#   revocation outside the customer's control; a Cloud KMS key lets the customer
#   audit and restrict every use and make the database unreadable by disabling it.
#   Databases have no labels, so a database is checked when its instance, in the
#   same module, is labelled `data-classification = confidential` or `restricted`
#   (or carries that class through the provider's `default_labels`); the key can
#   only be set when the database is created.
# custom:
#   id: SRM-GCP-SPANNER-001
#   severity: medium
#   areas: [data-security]
#   responsibility: shared
#   input: {format: terraform, types: [google_spanner_database, google_spanner_instance]}
#   remediation: >-
#     Create the database with `encryption_config { kms_key_name =
#     google_kms_crypto_key.spanner.id }` (a key in the instance's location, or
#     `kms_key_names` for multi-region configurations) and grant the Spanner service
#     agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on it.
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://cloud.google.com/spanner/docs/cmek"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/spanner_database#encryption_config"
package srm.google.spanner.database_cmek

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Spanner database %s belongs to instance %s, which is classified confidential or restricted, but has no encryption_config key: it is encrypted with Google-managed keys", [db.address, instance]),
	"resource": db.address,
	"path": key_path(db.values),
} if {
	some db in tf.resources("google_spanner_database")
	instance := sensitive_instance(db)
	not has_key(db.values)
}

applies contains db.address if {
	some db in tf.resources("google_spanner_database")
	sensitive_instance(db)
}

unknown contains {"resource": instance.address, "path": ["labels"]} if {
	some instance in tf.resources("google_spanner_instance")
	tf.tags_unresolved(instance.values)
}

# sensitive_instance(db): the sensitive instance a database names, by reference
# (an instance's base address) or else by name, looked up in a set of keys built
# once per document rather than by comparing every database with every instance;
# undefined when it names none.
sensitive_instance(db) := concat(", ", sort(refs)) if {
	refs := sensitive_references(db)
	count(refs) > 0
}

sensitive_instance(db) := sprintf("%q", [db.values.instance]) if {
	count(sensitive_references(db)) == 0
	is_string(db.values.instance)
	sensitive_keys[["name", db.values.instance]]
}

sensitive_references(db) := {address |
	some address in tf.references(db, "instance")
	sensitive_keys[["reference", address]]
}

sensitive_keys contains ["reference", tf.base_address(instance)] if some instance in sensitive_instances

sensitive_keys contains ["name", name] if {
	some instance in sensitive_instances
	name := instance.values.name
	is_string(name)
	not tf.is_unresolved(name)
}

has_key(values) if {
	some config in tf.blocks(values, "encryption_config")
	not object.get(config, "kms_key_name", null) in {null, ""}
}

has_key(values) if {
	some config in tf.blocks(values, "encryption_config")
	names := object.get(config, "kms_key_names", null)
	names != null
	names != []
}

key_path(values) := ["encryption_config", 0, "kms_key_name"] if count(tf.blocks(values, "encryption_config")) > 0

key_path(values) := ["encryption_config"] if count(tf.blocks(values, "encryption_config")) == 0

sensitive_instances contains instance if {
	some instance in tf.resources("google_spanner_instance")
	sensitive(instance.values)
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

