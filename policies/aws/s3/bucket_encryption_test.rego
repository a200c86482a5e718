package srm.aws.s3.bucket_encryption_test

import data.srm.aws.s3.bucket_encryption as policy

bucket(name, values) := {
	"address": sprintf("aws_s3_bucket.%s", [name]), "type": "aws_s3_bucket", "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

sse(name, target) := {
	"address": sprintf("aws_s3_bucket_server_side_encryption_configuration.%s", [name]),
	"type": "aws_s3_bucket_server_side_encryption_configuration", "name": name,
	"mode": "managed", "file": "main.tf",
	"values": {
		"bucket": sprintf("${%s.id}", [target]),
		"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "aws:kms"}]}],
	},
	"references": {"bucket": [target]},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_bucket_without_encryption_is_reported if {
	findings := policy.deny with input as doc({"aws_s3_bucket": [bucket("data", {"bucket": "data"})]})
	count(findings) == 1
	some f in findings
	f.resource == "aws_s3_bucket.data"
	f.path == ["server_side_encryption_configuration"]
}

test_inline_encryption_passes if {
	values := {"bucket": "data", "server_side_encryption_configuration": [{"rule": [{
		"apply_server_side_encryption_by_default": [{"sse_algorithm": "AES256"}],
	}]}]}
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket("data", values)]})
}

test_split_resource_passes if {
	count(policy.deny) == 0 with input as doc({
		"aws_s3_bucket": [bucket("data", {"bucket": "data"})],
		"aws_s3_bucket_server_side_encryption_configuration": [sse("data", "aws_s3_bucket.data")],
	})
}

test_split_resource_for_another_bucket_does_not_count if {
	findings := policy.deny with input as doc({
		"aws_s3_bucket": [bucket("data", {"bucket": "data"}), bucket("logs", {"bucket": "logs"})],
		"aws_s3_bucket_server_side_encryption_configuration": [sse("logs", "aws_s3_bucket.logs")],
	})
	{f.resource | some f in findings} == {"aws_s3_bucket.data"}
}

test_split_resource_by_literal_bucket_name_passes if {
	enc := object.union(sse("data", "x"), {"values": {"bucket": "data-bucket"}, "references": {}})
	count(policy.deny) == 0 with input as doc({
		"aws_s3_bucket": [bucket("data", {"bucket": "data-bucket"})],
		"aws_s3_bucket_server_side_encryption_configuration": [enc],
	})
}

test_split_resource_with_same_unresolved_name_passes if {
	enc := object.union(sse("data", "x"), {"values": {"bucket": "${var.bucket_name}"}, "references": {"bucket": ["var.bucket_name"]}})
	count(policy.deny) == 0 with input as doc({
		"aws_s3_bucket": [bucket("data", {"bucket": "${var.bucket_name}"})],
		"aws_s3_bucket_server_side_encryption_configuration": [enc],
	})
}
