package srm.google.functions.plaintext_secrets_test

import data.srm.google.functions.plaintext_secrets as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.f", [type]), "type": type, "name": "f",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "f"}, values),
}]}}

test_gen2_secrets_are_reported if {
	findings := policy.deny with input as doc("google_cloudfunctions2_function", {
		"build_config": [{"runtime": "python312", "environment_variables": {"PIP_INDEX_TOKEN": "abc"}}],
		"service_config": [{"environment_variables": {"LOG_LEVEL": "info", "DB_PASSWORD": "hunter2", "SLACK_BOT_TOKEN": "${var.slack_token}"}}],
	})
	{f.path | some f in findings} == {
		["build_config", 0, "environment_variables", "PIP_INDEX_TOKEN"],
		["service_config", 0, "environment_variables", "DB_PASSWORD"],
		["service_config", 0, "environment_variables", "SLACK_BOT_TOKEN"],
	}
}

test_gen1_secrets_are_reported if {
	findings := policy.deny with input as doc("google_cloudfunctions_function", {"runtime": "nodejs22", "environment_variables": {"API_KEY": "k-123"}, "build_environment_variables": {"NPM_TOKEN": "npm_x"}})
	{f.path | some f in findings} == {["environment_variables", "API_KEY"], ["build_environment_variables", "NPM_TOKEN"]}
}

test_references_pass if {
	count(policy.deny) == 0 with input as doc("google_cloudfunctions2_function", {"service_config": [{
		"environment_variables": {"DB_PASSWORD_SECRET": "projects/acme/secrets/db/versions/latest", "TOKEN_URL": "https://auth.example.com/token", "API_KEY": ""},
		"secret_environment_variables": [{"key": "DB_PASSWORD", "project_id": "acme", "secret": "db", "version": "latest"}],
	}]})
}

test_unresolved_maps_pass if {
	count(policy.deny) == 0 with input as doc("google_cloudfunctions2_function", {"service_config": [{"environment_variables": "${local.env}"}]})
	count(policy.deny) == 0 with input as doc("google_cloudfunctions_function", {"environment_variables": "${var.env}"})
}
