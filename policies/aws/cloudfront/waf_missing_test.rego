package srm.aws.cloudfront.waf_missing_test

import data.srm.aws.cloudfront.waf_missing as policy

distribution(values) := {"format": "terraform", "module": ".", "resources": {"aws_cloudfront_distribution": [{
	"address": "aws_cloudfront_distribution.site", "type": "aws_cloudfront_distribution", "name": "site",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"enabled": true}, values),
}]}}

test_missing_web_acl_reported if {
	findings := policy.deny with input as distribution({})
	count(findings) == 1
	some f in findings
	f.path == ["web_acl_id"]
	count(policy.deny) == 1 with input as distribution({"web_acl_id": ""})
}

test_web_acl_passes if {
	count(policy.deny) == 0 with input as distribution({"web_acl_id": "${aws_wafv2_web_acl.edge.arn}"})
	count(policy.deny) == 0 with input as distribution({"web_acl_id": "${var.web_acl_arn}"})
}
