package srm.google.spanner.database_cmek_test

import data.srm.google.spanner.database_cmek as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

instance(labels) := res("google_spanner_instance", "main", {"name": "main", "config": "regional-europe-west1", "labels": labels}, {})

database(values) := res("google_spanner_database", "ledger", object.union({"name": "ledger", "instance": "${google_spanner_instance.main.name}"}, values), {"instance": ["google_spanner_instance.main"]})

doc(labels, db) := {"format": "terraform", "module": ".", "resources": {"google_spanner_instance": [instance(labels)], "google_spanner_database": [db]}}

restricted := {"data-classification": "restricted"}

test_database_of_sensitive_instance_is_reported if {
	findings := policy.deny with input as doc(restricted, database({}))
	{[f.resource, f.path] | some f in findings} == {["google_spanner_database.ledger", ["encryption_config"]]}
	policy.applies == {"google_spanner_database.ledger"} with input as doc(restricted, database({}))
}

test_database_named_by_instance_name_is_reported if {
	db := res("google_spanner_database", "ledger", {"name": "ledger", "instance": "main"}, {})
	count(policy.deny) == 1 with input as doc(restricted, db)
}

test_keyed_or_unclassified_passes if {
	count(policy.deny) == 0 with input as doc(restricted, database({"encryption_config": [{"kms_key_name": "${google_kms_crypto_key.spanner.id}"}]}))
	count(policy.deny) == 0 with input as doc(restricted, database({"encryption_config": [{"kms_key_names": ["k1", "k2"]}]}))
	count(policy.deny) == 0 with input as doc({"data-classification": "internal"}, database({}))
	other := res("google_spanner_database", "other", {"name": "other", "instance": "${var.instance}"}, {"instance": ["var.instance"]})
	count(policy.deny) == 0 with input as doc(restricted, other)
}

test_unresolved_labels_are_unknown if {
	d := doc("${var.labels}", database({}))
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_spanner_instance.main", "path": ["labels"]}} with input as d
}
