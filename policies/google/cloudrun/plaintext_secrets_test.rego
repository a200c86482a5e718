package srm.google.cloudrun.plaintext_secrets_test

import data.srm.google.cloudrun.plaintext_secrets as policy

service(env) := {"format": "terraform", "module": ".", "resources": {"google_cloud_run_v2_service": [{
	"address": "google_cloud_run_v2_service.api", "type": "google_cloud_run_v2_service", "name": "api",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "api", "location": "europe-west1", "template": [{"containers": [{"name": "api", "image": "europe-docker.pkg.dev/acme/app/api:1.0.0", "env": env}]}]},
}]}}

test_secret_values_are_reported if {
	findings := policy.deny with input as service([
		{"name": "LOG_LEVEL", "value": "info"},
		{"name": "DB_PASSWORD", "value": "hunter2"},
		{"name": "STRIPE_API_KEY", "value": "${var.stripe_key}"},
	])
	{f.path | some f in findings} == {["template", 0, "containers", 0, "env", 1, "value"], ["template", 0, "containers", 0, "env", 2, "value"]}
}

test_job_and_v1_service_are_reported if {
	job := {"address": "google_cloud_run_v2_job.export", "type": "google_cloud_run_v2_job", "name": "export", "mode": "managed", "file": "main.tf", "references": {}, "values": {"name": "export", "template": [{"template": [{"containers": [{"image": "i", "env": [{"name": "CLIENT_SECRET", "value": "s3cr3t"}]}]}]}]}}
	findings := policy.deny with input as {"format": "terraform", "resources": {"google_cloud_run_v2_job": [job]}}
	{f.path | some f in findings} == {["template", 0, "template", 0, "containers", 0, "env", 0, "value"]}
	v1 := {"address": "google_cloud_run_service.old", "type": "google_cloud_run_service", "name": "old", "mode": "managed", "file": "main.tf", "references": {}, "values": {"name": "old", "template": [{"spec": [{"containers": [{"image": "i", "env": [{"name": "GITHUB_TOKEN", "value": "ghp_x"}]}]}]}]}}
	count(policy.deny) == 1 with input as {"format": "terraform", "resources": {"google_cloud_run_service": [v1]}}
}

test_secret_references_pass if {
	count(policy.deny) == 0 with input as service([
		{"name": "DB_PASSWORD", "value_source": [{"secret_key_ref": [{"secret": "db-password", "version": "latest"}]}]},
		{"name": "DB_PASSWORD_SECRET", "value": "projects/acme-prod/secrets/db-password/versions/latest"},
		{"name": "API_KEY", "value": ""},
		{"name": "TOKEN_URL", "value": "https://auth.example.com/token"},
	])
}

test_unresolved_names_and_lists_pass if {
	count(policy.deny) == 0 with input as service([{"name": "${var.name}", "value": "x"}])
	count(policy.deny) == 0 with input as service("${local.env}")
}
