package srm.google.storage.log_bucket_retention_lock_test

import data.srm.google.storage.log_bucket_retention_lock as policy

bucket(values) := {
	"address": "google_storage_bucket.logs", "type": "google_storage_bucket", "name": "logs",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "acme-logs", "location": "EU"}, values), "references": {},
}

sink(destination, references) := {
	"address": "google_logging_project_sink.audit", "type": "google_logging_project_sink", "name": "audit",
	"mode": "managed", "file": "main.tf", "values": {"name": "audit", "destination": destination}, "references": references,
}

by_reference := sink("storage.googleapis.com/${google_storage_bucket.logs.name}", {"destination": ["google_storage_bucket.logs"]})

doc(b, s) := {"format": "terraform", "module": ".", "resources": {"google_storage_bucket": [b], "google_logging_project_sink": [s]}}

test_sink_bucket_without_retention_is_reported if {
	findings := policy.deny with input as doc(bucket({}), by_reference)
	{[f.resource, f.path] | some f in findings} == {["google_storage_bucket.logs", ["retention_policy"]]}
}

test_unlocked_retention_is_reported if {
	findings := policy.deny with input as doc(bucket({"retention_policy": [{"retention_period": 31536000}]}), by_reference)
	{f.path | some f in findings} == {["retention_policy", 0, "is_locked"]}
	count(policy.deny) == 1 with input as doc(bucket({"retention_policy": [{"retention_period": 31536000, "is_locked": false}]}), by_reference)
}

test_literal_destination_matches_bucket_name if {
	count(policy.deny) == 1 with input as doc(bucket({}), sink("storage.googleapis.com/acme-logs", {}))
	count(policy.deny) == 0 with input as doc(bucket({}), sink("storage.googleapis.com/other-bucket", {}))
}

test_locked_retention_passes if {
	count(policy.deny) == 0 with input as doc(bucket({"retention_policy": [{"retention_period": 31536000, "is_locked": true}]}), by_reference)
	count(policy.deny) == 0 with input as doc(bucket({"retention_policy": [{"retention_period": 31536000, "is_locked": "${var.lock}"}]}), by_reference)
}

test_bucket_without_sink_passes if {
	count(policy.deny) == 0 with input as doc(bucket({}), sink("bigquery.googleapis.com/projects/p/datasets/logs", {}))
}
