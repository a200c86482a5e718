package srm.aws.s3.bucket_logging_test

import data.srm.aws.s3.bucket_logging as policy

bucket(name, values, references) := {
	"address": sprintf("aws_s3_bucket.%s", [name]), "type": "aws_s3_bucket", "name": name,
	"mode": "managed", "file": "main.tf", "values": object.union({"bucket": name}, values), "references": references,
}

logging(name, target, target_bucket) := {
	"address": sprintf("aws_s3_bucket_logging.%s", [name]), "type": "aws_s3_bucket_logging", "name": name,
	"mode": "managed", "file": "main.tf",
	"values": {"bucket": sprintf("${%s.id}", [target]), "target_bucket": sprintf("${%s.id}", [target_bucket]), "target_prefix": "log/"},
	"references": {"bucket": [target], "target_bucket": [target_bucket]},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_bucket_without_logging_reported if {
	findings := policy.deny with input as doc({"aws_s3_bucket": [bucket("b", {}, {})]})
	{[f.resource, f.path] | some f in findings} == {["aws_s3_bucket.b", ["logging"]]}
}

test_inline_logging_passes if {
	values := {"logging": [{"target_bucket": "${var.log_bucket}", "target_prefix": "b/"}]}
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket("b", values, {"logging.0.target_bucket": ["var.log_bucket"]})]})
}

test_split_logging_passes_and_target_is_exempt if {
	count(policy.deny) == 0 with input as doc({
		"aws_s3_bucket": [bucket("b", {}, {}), bucket("logs", {}, {})],
		"aws_s3_bucket_logging": [logging("b", "aws_s3_bucket.b", "aws_s3_bucket.logs")],
	})
}

test_inline_logging_target_is_exempt if {
	values := {"logging": [{"target_bucket": "${aws_s3_bucket.logs.id}"}]}
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [
		bucket("b", values, {"logging.0.target_bucket": ["aws_s3_bucket.logs"]}),
		bucket("logs", {}, {}),
	]})
}

test_log_delivery_write_acl_is_exempt if {
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket("logs", {"acl": "log-delivery-write"}, {})]})
}

test_logging_of_another_bucket_does_not_count if {
	findings := policy.deny with input as doc({
		"aws_s3_bucket": [bucket("a", {}, {}), bucket("b", {}, {}), bucket("logs", {}, {})],
		"aws_s3_bucket_logging": [logging("a", "aws_s3_bucket.a", "aws_s3_bucket.logs")],
	})
	{f.resource | some f in findings} == {"aws_s3_bucket.b"}
}
