package srm.kubernetes.pod.secret_in_env_test

import data.srm.kubernetes.pod.secret_in_env

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/default/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "default",
	"values": values,
}]}}

test_literal_secrets_denied if {
	result := secret_in_env.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {"containers": [{"name": "app", "env": [
		{"name": "LOG_LEVEL", "value": "info"},
		{"name": "DB_PASSWORD", "value": "hunter2"},
		{"name": "stripe_api_key", "value": "sk_test_123"},
	]}]}}}})
	{f.path | some f in result} == {
		["spec", "template", "spec", "containers", 0, "env", 1, "value"],
		["spec", "template", "spec", "containers", 0, "env", 2, "value"],
	}
	every f in result {
		not contains(f.msg, "hunter2")
	}
}

test_cronjob_token_denied if {
	result := secret_in_env.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"initContainers": [{"name": "init", "env": [{"name": "GITHUB_TOKEN", "value": "ghp_x"}]}]}}}}}})
	{f.path | some f in result} == {["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "env", 0, "value"]}
}

test_references_allowed if {
	result := secret_in_env.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {"containers": [{"name": "app", "env": [
		{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
		{"name": "DB_PASSWORD_FILE", "value": "/run/secrets/db"},
		{"name": "API_TOKEN", "value": "$(UPSTREAM_TOKEN)"},
		{"name": "SECRET_NAME", "value": "db"},
		{"name": "EMPTY_TOKEN", "value": ""},
	]}]}}}})
	count(result) == 0
}
