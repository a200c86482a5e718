package srm.google.bigquery.dataset_cmek_test

import data.srm.google.bigquery.dataset_cmek as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

confidential := {"data-classification": "confidential"}

dataset(values) := res("google_bigquery_dataset", "d", object.union({"dataset_id": "sales", "labels": confidential}, values), {})

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_sensitive_dataset_without_key_is_reported if {
	findings := policy.deny with input as doc({"google_bigquery_dataset": [dataset({})]})
	{f.path | some f in findings} == {["default_encryption_configuration"]}
}

test_dataset_with_key_or_unclassified_passes if {
	count(policy.deny) == 0 with input as doc({"google_bigquery_dataset": [dataset({"default_encryption_configuration": [{"kms_key_name": "${google_kms_crypto_key.k.id}"}]})]})
	count(policy.deny) == 0 with input as doc({"google_bigquery_dataset": [dataset({"labels": {"data-classification": "public"}})]})
}

test_sensitive_table if {
	table := res("google_bigquery_table", "t", {"dataset_id": "${google_bigquery_dataset.d.dataset_id}", "table_id": "orders", "labels": confidential}, {"dataset_id": ["google_bigquery_dataset.d"]})
	findings := policy.deny with input as doc({"google_bigquery_dataset": [dataset({})], "google_bigquery_table": [table]})
	{[f.resource, f.path] | some f in findings} == {["google_bigquery_dataset.d", ["default_encryption_configuration"]], ["google_bigquery_table.t", ["encryption_configuration"]]}
	keyed := dataset({"default_encryption_configuration": [{"kms_key_name": "k"}]})
	count(policy.deny) == 0 with input as doc({"google_bigquery_dataset": [keyed], "google_bigquery_table": [table]})
	table_keyed := object.union(table, {"values": {"encryption_configuration": [{"kms_key_name": "k"}]}})
	count(policy.deny) == 1 with input as doc({"google_bigquery_dataset": [dataset({})], "google_bigquery_table": [table_keyed]})
}

test_table_of_dataset_outside_module_passes if {
	table := res("google_bigquery_table", "t", {"dataset_id": "${var.dataset_id}", "table_id": "orders", "labels": confidential}, {"dataset_id": ["var.dataset_id"]})
	count(policy.deny) == 0 with input as doc({"google_bigquery_table": [table]})
}
