package srm.google.compute.default_service_account_full_access_test

import data.srm.google.compute.default_service_account_full_access as policy

doc(type, values, references) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "vm"}, values), "references": references,
}]}}

test_default_account_without_email_is_reported if {
	findings := policy.deny with input as doc("google_compute_instance", {"service_account": [{"scopes": ["userinfo-email", "cloud-platform"]}]}, {})
	{f.path | some f in findings} == {["service_account", 0, "scopes", 1]}
}

test_default_account_by_email_is_reported if {
	count(policy.deny) == 1 with input as doc("google_compute_instance_template", {"service_account": [{"email": "123456789012-compute@developer.gserviceaccount.com", "scopes": ["https://www.googleapis.com/auth/cloud-platform"]}]}, {})
}

test_default_account_from_data_source_is_reported if {
	findings := policy.deny with input as doc("google_compute_instance", {"service_account": [{"email": "${data.google_compute_default_service_account.default.email}", "scopes": ["cloud-platform"]}]}, {"service_account.0.email": ["data.google_compute_default_service_account.default"]})
	count(findings) == 1
}

test_dedicated_account_or_narrow_scopes_pass if {
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"service_account": [{"email": "${google_service_account.app.email}", "scopes": ["cloud-platform"]}]}, {"service_account.0.email": ["google_service_account.app"]})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"service_account": [{"scopes": ["logging-write", "monitoring-write"]}]}, {})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"service_account": [{"scopes": "${var.scopes}"}]}, {})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {}, {})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"service_account": [{"email": "${var.sa_email}", "scopes": ["cloud-platform"]}]}, {"service_account.0.email": ["var.sa_email"]})
}

test_gke_nodes_are_skipped if {
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"name": "gke-pool-1", "service_account": [{"scopes": ["cloud-platform"]}]}, {})
}
