package srm.google.storage.bucket_logging_test

import data.srm.google.storage.bucket_logging as policy

bucket(name, values, references) := {
	"address": sprintf("google_storage_bucket.%s", [name]), "type": "google_storage_bucket", "name": name,
	"mode": "managed", "file": "main.tf", "values": object.union({"name": sprintf("acme-%s", [name]), "location": "EU"}, values),
	"references": references,
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_bucket_without_logging_is_reported if {
	findings := policy.deny with input as doc({"google_storage_bucket": [bucket("data", {}, {})]})
	{[f.resource, f.path] | some f in findings} == {["google_storage_bucket.data", ["logging"]]}
}

test_bucket_with_logging_passes if {
	count(policy.deny) == 0 with input as doc({"google_storage_bucket": [bucket("data", {"logging": [{"log_bucket": "${var.log_bucket}"}]}, {"logging.0.log_bucket": ["var.log_bucket"]})]})
}

test_log_bucket_by_reference_is_exempt if {
	source := bucket("data", {"logging": [{"log_bucket": "${google_storage_bucket.logs.name}"}]}, {"logging.0.log_bucket": ["google_storage_bucket.logs"]})
	findings := policy.deny with input as doc({"google_storage_bucket": [source, bucket("logs", {}, {}), bucket("other", {}, {})]})
	{f.resource | some f in findings} == {"google_storage_bucket.other"}
}

test_log_bucket_by_name_is_exempt if {
	source := bucket("data", {"logging": [{"log_bucket": "acme-logs"}]}, {})
	count(policy.deny) == 0 with input as doc({"google_storage_bucket": [source, bucket("logs", {}, {})]})
}

test_data_access_audit_logs_cover_buckets if {
	audit := {
		"address": "google_project_iam_audit_config.storage", "type": "google_project_iam_audit_config", "name": "storage",
		"mode": "managed", "file": "main.tf", "references": {},
		"values": {"project": "p", "service": "storage.googleapis.com", "audit_log_config": [{"log_type": "DATA_READ"}, {"log_type": "DATA_WRITE"}]},
	}
	count(policy.deny) == 0 with input as doc({"google_storage_bucket": [bucket("data", {}, {})], "google_project_iam_audit_config": [audit]})
	partial := object.union(audit, {"values": {"project": "p", "service": "allServices", "audit_log_config": [{"log_type": "DATA_WRITE"}]}})
	count(policy.deny) == 1 with input as doc({"google_storage_bucket": [bucket("data", {}, {})], "google_project_iam_audit_config": [partial]})
}
