package srm.aws.glue.security_configuration_encryption_test

import data.srm.aws.glue.security_configuration_encryption as policy

configuration(s3, cloudwatch, bookmarks) := {"format": "terraform", "module": ".", "resources": {"aws_glue_security_configuration": [{
	"address": "aws_glue_security_configuration.etl", "type": "aws_glue_security_configuration", "name": "etl",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "etl", "encryption_configuration": [{
		"s3_encryption": [s3],
		"cloudwatch_encryption": [cloudwatch],
		"job_bookmarks_encryption": [bookmarks],
	}]},
}]}}

key := "${aws_kms_key.glue.arn}"

secure_s3 := {"s3_encryption_mode": "SSE-KMS", "kms_key_arn": key}

secure_cloudwatch := {"cloudwatch_encryption_mode": "SSE-KMS", "kms_key_arn": key}

secure_bookmarks := {"job_bookmarks_encryption_mode": "CSE-KMS", "kms_key_arn": key}

test_disabled_s3_reported if {
	findings := policy.deny with input as configuration({"s3_encryption_mode": "DISABLED"}, secure_cloudwatch, secure_bookmarks)
	count(findings) == 1
	some f in findings
	f.path == ["encryption_configuration", 0, "s3_encryption", 0, "s3_encryption_mode"]
}

test_omitted_modes_reported if {
	findings := policy.deny with input as configuration(secure_s3, {}, {})
	count(findings) == 2
	{f.path[2] | some f in findings} == {"cloudwatch_encryption", "job_bookmarks_encryption"}
}

test_encrypted_passes if {
	count(policy.deny) == 0 with input as configuration(secure_s3, secure_cloudwatch, secure_bookmarks)
	count(policy.deny) == 0 with input as configuration({"s3_encryption_mode": "SSE-S3"}, secure_cloudwatch, secure_bookmarks)
}

test_unresolved_not_judged if {
	d := configuration({"s3_encryption_mode": "${var.s3_mode}"}, secure_cloudwatch, secure_bookmarks)
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "aws_glue_security_configuration.etl", "path": ["encryption_configuration", 0, "s3_encryption", 0, "s3_encryption_mode"]}} with input as d
}
