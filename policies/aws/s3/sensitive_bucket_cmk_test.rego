package srm.aws.s3.sensitive_bucket_cmk_test

import data.srm.aws.s3.sensitive_bucket_cmk as policy

bucket(values) := {
	"address": "aws_s3_bucket.records", "type": "aws_s3_bucket", "name": "records",
	"mode": "managed", "file": "main.tf", "values": object.union({"bucket": "records", "tags": {"data-classification": "confidential"}}, values), "references": {},
}

sse(encryption) := {
	"address": "aws_s3_bucket_server_side_encryption_configuration.records", "type": "aws_s3_bucket_server_side_encryption_configuration", "name": "records",
	"mode": "managed", "file": "main.tf",
	"values": {"bucket": "${aws_s3_bucket.records.id}", "rule": [{"apply_server_side_encryption_by_default": [encryption]}]},
	"references": {"bucket": ["aws_s3_bucket.records"]},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_no_configuration_is_reported if {
	findings := policy.deny with input as doc({"aws_s3_bucket": [bucket({})]})
	{[f.resource, f.path] | some f in findings} == {["aws_s3_bucket.records", ["server_side_encryption_configuration"]]}
}

test_split_resource_problems_are_reported if {
	aes := policy.deny with input as doc({"aws_s3_bucket": [bucket({})], "aws_s3_bucket_server_side_encryption_configuration": [sse({"sse_algorithm": "AES256"})]})
	{[f.resource, f.path] | some f in aes} == {["aws_s3_bucket_server_side_encryption_configuration.records", ["rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm"]]}
	managed := policy.deny with input as doc({"aws_s3_bucket": [bucket({})], "aws_s3_bucket_server_side_encryption_configuration": [sse({"sse_algorithm": "aws:kms"})]})
	{f.path | some f in managed} == {["rule", 0, "apply_server_side_encryption_by_default", 0, "kms_master_key_id"]}
	alias := policy.deny with input as doc({"aws_s3_bucket": [bucket({})], "aws_s3_bucket_server_side_encryption_configuration": [sse({"sse_algorithm": "aws:kms", "kms_master_key_id": "alias/aws/s3"})]})
	count(alias) == 1
}

test_inline_configuration if {
	inline := {"server_side_encryption_configuration": [{"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "AES256"}]}]}]}
	findings := policy.deny with input as doc({"aws_s3_bucket": [bucket(inline)]})
	{f.path | some f in findings} == {["server_side_encryption_configuration", 0, "rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm"]}
}

test_cmk_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket({})], "aws_s3_bucket_server_side_encryption_configuration": [sse({"sse_algorithm": "aws:kms", "kms_master_key_id": "${aws_kms_key.data.arn}"})]})
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket({})], "aws_s3_bucket_server_side_encryption_configuration": [sse({"sse_algorithm": "${var.algorithm}"})]})
}

test_unclassified_buckets_are_not_judged if {
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket({"tags": {"data-classification": "public"}})]})
	unclassified := object.union(bucket({}), {"values": {"tags": {"data-classification": "internal"}}})
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [unclassified], "aws_s3_bucket_server_side_encryption_configuration": [sse({"sse_algorithm": "AES256"})]})
}
