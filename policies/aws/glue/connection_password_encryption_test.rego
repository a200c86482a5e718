package srm.aws.glue.connection_password_encryption_test

import data.srm.aws.glue.connection_password_encryption as policy

settings(password) := {"format": "terraform", "module": ".", "resources": {"aws_glue_data_catalog_encryption_settings": [{
	"address": "aws_glue_data_catalog_encryption_settings.catalog", "type": "aws_glue_data_catalog_encryption_settings", "name": "catalog",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"data_catalog_encryption_settings": [{
		"connection_password_encryption": [password],
		"encryption_at_rest": [{"catalog_encryption_mode": "SSE-KMS", "sse_aws_kms_key_id": "${aws_kms_key.glue.arn}"}],
	}]},
}]}}

test_clear_text_passwords_reported if {
	findings := policy.deny with input as settings({"return_connection_password_encrypted": false})
	count(findings) == 1
	some f in findings
	f.path == ["data_catalog_encryption_settings", 0, "connection_password_encryption", 0, "return_connection_password_encrypted"]
	count(policy.deny) == 1 with input as settings({"return_connection_password_encrypted": "false"})
}

test_encrypted_passes if {
	count(policy.deny) == 0 with input as settings({"return_connection_password_encrypted": true, "aws_kms_key_id": "${aws_kms_key.glue.arn}"})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as settings({"return_connection_password_encrypted": "${var.encrypt}"})
	policy.unknown == {{"resource": "aws_glue_data_catalog_encryption_settings.catalog", "path": ["data_catalog_encryption_settings", 0, "connection_password_encryption", 0, "return_connection_password_encrypted"]}} with input as settings({"return_connection_password_encrypted": "${var.encrypt}"})
}
