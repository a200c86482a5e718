package srm.aws.s3.sensitive_bucket_retention_test

import data.srm.aws.s3.sensitive_bucket_retention as policy

bucket(values) := {
	"address": "aws_s3_bucket.records", "type": "aws_s3_bucket", "name": "records",
	"mode": "managed", "file": "main.tf", "values": object.union({"bucket": "records", "tags": {"data-classification": "restricted"}}, values), "references": {},
}

split(type) := {
	"address": sprintf("%s.records", [type]), "type": type, "name": "records",
	"mode": "managed", "file": "main.tf", "values": {"bucket": "${aws_s3_bucket.records.id}"}, "references": {"bucket": ["aws_s3_bucket.records"]},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_sensitive_bucket_without_retention_is_reported if {
	findings := policy.deny with input as doc({"aws_s3_bucket": [bucket({})]})
	{[f.resource, f.path] | some f in findings} == {["aws_s3_bucket.records", ["lifecycle_rule"]]}
	count(policy.deny) == 1 with input as doc({"aws_s3_bucket": [bucket({"object_lock_enabled": false})]})
}

test_lifecycle_or_object_lock_passes if {
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket({})], "aws_s3_bucket_lifecycle_configuration": [split("aws_s3_bucket_lifecycle_configuration")]})
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket({})], "aws_s3_bucket_object_lock_configuration": [split("aws_s3_bucket_object_lock_configuration")]})
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket({"object_lock_enabled": true})]})
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket({"object_lock_enabled": "${var.lock}"})]})
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket({"lifecycle_rule": [{"enabled": true, "expiration": [{"days": 365}]}]})]})
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket({"object_lock_configuration": [{"object_lock_enabled": "Enabled"}]})]})
}

test_unclassified_buckets_are_not_judged if {
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket({"tags": {"data-classification": "internal"}})]})
}
