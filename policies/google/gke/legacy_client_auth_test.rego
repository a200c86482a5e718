package srm.google.gke.legacy_client_auth_test

import data.srm.google.gke.legacy_client_auth as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_container_cluster": [{
	"address": "google_container_cluster.c", "type": "google_container_cluster", "name": "c",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "c", "location": "europe-west1"}, values), "references": {},
}]}}

test_client_certificate_is_reported if {
	findings := policy.deny with input as doc({"master_auth": [{"client_certificate_config": [{"issue_client_certificate": true}]}]})
	{f.path | some f in findings} == {["master_auth", 0, "client_certificate_config", 0, "issue_client_certificate"]}
}

test_basic_auth_is_reported if {
	findings := policy.deny with input as doc({"master_auth": [{"username": "admin", "password": "${var.password}"}]})
	{f.path | some f in findings} == {["master_auth", 0, "username"]}
}

test_secure_configs_pass if {
	count(policy.deny) == 0 with input as doc({})
	count(policy.deny) == 0 with input as doc({"master_auth": [{"client_certificate_config": [{"issue_client_certificate": false}]}]})
	count(policy.deny) == 0 with input as doc({"master_auth": [{"username": "", "password": "", "client_certificate_config": [{"issue_client_certificate": "${var.cert}"}]}]})
}
