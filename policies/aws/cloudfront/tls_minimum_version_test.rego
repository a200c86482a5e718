package srm.aws.cloudfront.tls_minimum_version_test

import data.srm.aws.cloudfront.tls_minimum_version as policy

distribution(certificate) := {"format": "terraform", "module": ".", "resources": {"aws_cloudfront_distribution": [{
	"address": "aws_cloudfront_distribution.site", "type": "aws_cloudfront_distribution", "name": "site",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"enabled": true, "viewer_certificate": [certificate]},
}]}}

acm(extra) := object.union({"acm_certificate_arn": "${aws_acm_certificate.site.arn}", "ssl_support_method": "sni-only"}, extra)

test_old_policy_reported if {
	findings := policy.deny with input as distribution(acm({"minimum_protocol_version": "TLSv1.1_2016"}))
	count(findings) == 1
	some f in findings
	f.path == ["viewer_certificate", 0, "minimum_protocol_version"]
	count(policy.deny) == 1 with input as distribution(acm({"minimum_protocol_version": "TLSv1.2_2019"}))
}

test_omitted_version_reported if {
	count(policy.deny) == 1 with input as distribution(acm({}))
}

test_current_policies_pass if {
	count(policy.deny) == 0 with input as distribution(acm({"minimum_protocol_version": "TLSv1.2_2021"}))
	count(policy.deny) == 0 with input as distribution(acm({"minimum_protocol_version": "TLSv1.3_2025"}))
}

test_default_certificate_reported if {
	findings := policy.deny with input as distribution({"cloudfront_default_certificate": true})
	{f.path | some f in findings} == {["viewer_certificate", 0, "cloudfront_default_certificate"]}
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as distribution({"cloudfront_default_certificate": "${var.default_cert}"})
	count(policy.deny) == 0 with input as distribution(acm({"minimum_protocol_version": "${var.tls}"}))
}
