package srm.google.labels.data_classification_label_test

import data.srm.google.labels.data_classification_label as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.this", [type]), "type": type, "name": "this",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_classified_data_stores_pass if {
	count(policy.deny) == 0 with input as doc("google_storage_bucket", {"labels": {"data-classification": "internal"}})
	count(policy.deny) == 0 with input as doc("google_bigquery_dataset", {"labels": {"data_classification": "restricted", "team": "x"}})
	count(policy.deny) == 0 with input as doc("google_compute_disk", {"labels": "${local.labels}"})
	count(policy.deny) == 0 with input as doc("google_redis_instance", {"labels": {"${var.classification_key}": "internal"}})
	count(policy.deny) == 0 with input as doc("google_sql_database_instance", {"settings": [{"tier": "db-f1-micro", "user_labels": {"data-classification": "confidential"}}]})
}

test_missing_labels_reported if {
	findings := policy.deny with input as doc("google_storage_bucket", {"name": "b"})
	{f.path | some f in findings} == {["labels"]}
	findings2 := policy.deny with input as doc("google_sql_database_instance", {"settings": [{"tier": "db-f1-micro"}]})
	{f.path | some f in findings2} == {["settings", 0, "user_labels"]}
}

test_labels_without_classification_reported if {
	findings := policy.deny with input as doc("google_bigquery_dataset", {"labels": {"team": "data", "env": "prod"}})
	count(findings) == 1
	some f in findings
	contains(f.msg, "env, team")
}

test_provider_default_labels_cover if {
	base := doc("google_storage_bucket", {"name": "b"})
	covered := object.union(base, {"providers": [{"name": "google", "values": {"default_labels": {"data-classification": "internal"}}}]})
	count(policy.deny) == 0 with input as covered
	other := object.union(base, {"providers": [{"name": "google", "values": {"default_labels": {"team": "x"}}}]})
	count(policy.deny) == 1 with input as other
	unresolved := object.union(base, {"providers": [{"name": "google", "values": {"default_labels": "${local.labels}"}}]})
	count(policy.deny) == 0 with input as unresolved
}
