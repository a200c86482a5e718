package srm.aws.lambda.plaintext_secrets_test

import data.srm.aws.lambda.plaintext_secrets as policy

function(variables) := {"format": "terraform", "module": ".", "resources": {"aws_lambda_function": [{
	"address": "aws_lambda_function.api", "type": "aws_lambda_function", "name": "api",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"function_name": "api", "runtime": "python3.13", "handler": "app.handler", "environment": [{"variables": variables}]},
}]}}

test_secret_variables_reported if {
	findings := policy.deny with input as function({"LOG_LEVEL": "info", "DB_PASSWORD": "hunter2", "GITHUB_TOKEN": "${var.github_token}"})
	count(findings) == 2
	some f in findings
	f.path == ["environment", 0, "variables", "DB_PASSWORD"]
}

test_credential_words_reported if {
	count(policy.deny) == 3 with input as function({"CLIENT_SECRET": "x1", "SLACK_BOT_TOKEN": "xoxb-1", "DBPASSWORD": "pw"})
}

test_aws_keys_reported if {
	count(policy.deny) == 2 with input as function({"AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG"})
}

test_references_pass if {
	count(policy.deny) == 0 with input as function({
		"DB_SECRET_ARN": "${aws_secretsmanager_secret.db.arn}",
		"TOKEN_ENDPOINT": "https://auth.example.com/token",
		"SECRET_NAME": "prod/api",
		"API_KEY": "",
		"LOG_LEVEL": "info",
		"HF_TOKENIZERS_PARALLELISM": "false",
	})
}

test_unresolved_variables_not_judged if {
	count(policy.deny) == 0 with input as function("${local.environment}")
}
