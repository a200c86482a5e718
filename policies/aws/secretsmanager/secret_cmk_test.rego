package srm.aws.secretsmanager.secret_cmk_test

import data.srm.aws.secretsmanager.secret_cmk as policy

secret(values) := {"format": "terraform", "module": ".", "resources": {"aws_secretsmanager_secret": [{
	"address": "aws_secretsmanager_secret.db", "type": "aws_secretsmanager_secret", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "prod/db"}, values),
}]}}

test_missing_key_reported if {
	findings := policy.deny with input as secret({})
	count(findings) == 1
	some f in findings
	f.path == ["kms_key_id"]
}

test_aws_managed_alias_reported if {
	count(policy.deny) == 1 with input as secret({"kms_key_id": "alias/aws/secretsmanager"})
	count(policy.deny) == 1 with input as secret({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager"})
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as secret({"kms_key_id": "${aws_kms_key.secrets.arn}"})
	count(policy.deny) == 0 with input as secret({"kms_key_id": "alias/app-secrets"})
	count(policy.deny) == 0 with input as secret({"kms_key_id": "${var.kms_key_id}"})
}

kms_data(name, key_id) := {
	"address": sprintf("data.aws_kms_key.%s", [name]), "type": "aws_kms_key", "name": name,
	"mode": "data", "file": "main.tf", "references": {}, "values": {"key_id": key_id},
}

secret_with_data(key) := {"format": "terraform", "module": ".", "resources": {
	"aws_secretsmanager_secret": [{
		"address": "aws_secretsmanager_secret.db", "type": "aws_secretsmanager_secret", "name": "db",
		"mode": "managed", "file": "main.tf", "references": {"kms_key_id": ["data.aws_kms_key.k"]},
		"values": {"name": "prod/db", "kms_key_id": "${data.aws_kms_key.k.arn}"},
	}],
	"data.aws_kms_key": [kms_data("k", key), kms_data("other", "alias/aws/secretsmanager")],
}}

test_data_source_aws_managed_key_reported if {
	findings := policy.deny with input as secret_with_data("alias/aws/secretsmanager")
	count(findings) == 1
	some f in findings
	f.path == ["kms_key_id"]
	contains(f.msg, "data.aws_kms_key.k")
}

test_data_source_customer_key_passes if {
	count(policy.deny) == 0 with input as secret_with_data("alias/app-secrets")
	count(policy.deny) == 0 with input as secret_with_data("${var.key}")
}
