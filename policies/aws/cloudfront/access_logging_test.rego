package srm.aws.cloudfront.access_logging_test

import data.srm.aws.cloudfront.access_logging as policy

distribution(values) := {
	"address": "aws_cloudfront_distribution.site", "type": "aws_cloudfront_distribution", "name": "site",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"enabled": true}, values),
}

source(target) := {
	"address": "aws_cloudwatch_log_delivery_source.site", "type": "aws_cloudwatch_log_delivery_source", "name": "site",
	"mode": "managed", "file": "main.tf",
	"values": {"name": "site", "log_type": "ACCESS_LOGS", "resource_arn": sprintf("${%s.arn}", [target])},
	"references": {"resource_arn": [target]},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_missing_logging_reported if {
	findings := policy.deny with input as doc({"aws_cloudfront_distribution": [distribution({})]})
	count(findings) == 1
	some f in findings
	f.path == ["logging_config"]
}

test_empty_bucket_reported if {
	findings := policy.deny with input as doc({"aws_cloudfront_distribution": [distribution({"logging_config": [{"bucket": ""}]})]})
	some f in findings
	f.path == ["logging_config", 0, "bucket"]
}

test_logging_config_passes if {
	count(policy.deny) == 0 with input as doc({"aws_cloudfront_distribution": [distribution({"logging_config": [{"bucket": "${aws_s3_bucket.logs.bucket_domain_name}"}]})]})
}

test_v2_delivery_source_passes if {
	count(policy.deny) == 0 with input as doc({
		"aws_cloudfront_distribution": [distribution({})],
		"aws_cloudwatch_log_delivery_source": [source("aws_cloudfront_distribution.site")],
	})
}

test_delivery_source_of_another_distribution_does_not_count if {
	count(policy.deny) == 1 with input as doc({
		"aws_cloudfront_distribution": [distribution({})],
		"aws_cloudwatch_log_delivery_source": [source("aws_cloudfront_distribution.other")],
	})
}
