package srm.aws.ecs.plaintext_secrets_test

import data.srm.aws.ecs.plaintext_secrets as policy

task(definitions) := {"format": "terraform", "module": ".", "resources": {"aws_ecs_task_definition": [{
	"address": "aws_ecs_task_definition.app", "type": "aws_ecs_task_definition", "name": "app",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"family": "app", "container_definitions": definitions},
}]}}

container(environment) := [{"name": "app", "image": "app:1.0", "environment": environment}]

test_password_in_environment_reported if {
	findings := policy.deny with input as task(container([
		{"name": "LOG_LEVEL", "value": "info"},
		{"name": "DB_PASSWORD", "value": "hunter2"},
	]))
	count(findings) == 1
	some f in findings
	f.path == ["container_definitions", 0, "environment", 1, "name"]
}

test_computed_secret_value_is_still_plaintext if {
	count(policy.deny) == 1 with input as task(container([{"name": "API_TOKEN", "value": "${var.api_token}"}]))
}

test_credential_names_reported if {
	count(policy.deny) == 1 with input as task(container([{"name": "AWS_SECRET_ACCESS_KEY", "value": "wJalrXUtnFEMI/K7MDENG"}]))
	count(policy.deny) == 1 with input as task(container([{"name": "AWS_ACCESS_KEY_ID", "value": "AKIAIOSFODNN7EXAMPLE"}]))
	count(policy.deny) == 1 with input as task(container([{"name": "stripe-api-key", "value": "sk_live_123"}]))
	count(policy.deny) == 1 with input as task(`[{"name": "app", "image": "app:1.0", "environment": [{"name": "JWT_SECRET", "value": "s3cr3t"}]}]`)
}

test_references_and_harmless_names_pass if {
	count(policy.deny) == 0 with input as task(container([
		{"name": "DB_PASSWORD_SECRET_ARN", "value": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db"},
		{"name": "TOKEN_URL", "value": "https://auth.example.com/token"},
		{"name": "SECRET_NAME", "value": "prod/db"},
		{"name": "PASSWORD_MIN_LENGTH", "value": "12"},
		{"name": "DB_PASSWORD", "value": ""},
		{"name": "LOG_LEVEL", "value": "info"},
		{"name": "TOKENIZERS_PARALLELISM", "value": "false"},
		{"name": "SECRETARY_EMAIL", "value": "office@example.com"},
	]))
}

test_secrets_parameter_passes if {
	count(policy.deny) == 0 with input as task([{"name": "app", "image": "app:1.0", "secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:eu-west-1:111122223333:parameter/db"}]}])
}

test_unresolved_name_not_judged if {
	count(policy.deny) == 0 with input as task(container([{"name": "${var.name}", "value": "x"}]))
	count(policy.deny) == 0 with input as task(container("${var.environment}"))
}
