package srm.aws.glue.catalog_encryption_at_rest_test

import data.srm.aws.glue.catalog_encryption_at_rest as policy

settings(at_rest) := {"format": "terraform", "module": ".", "resources": {"aws_glue_data_catalog_encryption_settings": [{
	"address": "aws_glue_data_catalog_encryption_settings.catalog", "type": "aws_glue_data_catalog_encryption_settings", "name": "catalog",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"data_catalog_encryption_settings": [{
		"connection_password_encryption": [{"return_connection_password_encrypted": true, "aws_kms_key_id": "${aws_kms_key.glue.arn}"}],
		"encryption_at_rest": [at_rest],
	}]},
}]}}

test_disabled_reported if {
	findings := policy.deny with input as settings({"catalog_encryption_mode": "DISABLED"})
	count(findings) == 1
	some f in findings
	f.path == ["data_catalog_encryption_settings", 0, "encryption_at_rest", 0, "catalog_encryption_mode"]
}

test_kms_modes_pass if {
	count(policy.deny) == 0 with input as settings({"catalog_encryption_mode": "SSE-KMS", "sse_aws_kms_key_id": "${aws_kms_key.glue.arn}"})
	count(policy.deny) == 0 with input as settings({"catalog_encryption_mode": "SSE-KMS-WITH-SERVICE-ROLE", "catalog_encryption_service_role": "${aws_iam_role.glue.arn}"})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as settings({"catalog_encryption_mode": "${var.mode}"})
	policy.unknown == {{"resource": "aws_glue_data_catalog_encryption_settings.catalog", "path": ["data_catalog_encryption_settings", 0, "encryption_at_rest", 0, "catalog_encryption_mode"]}} with input as settings({"catalog_encryption_mode": "${var.mode}"})
}
