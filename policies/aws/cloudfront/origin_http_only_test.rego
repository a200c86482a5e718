package srm.aws.cloudfront.origin_http_only_test

import data.srm.aws.cloudfront.origin_http_only as policy

distribution(origins) := {"format": "terraform", "module": ".", "resources": {"aws_cloudfront_distribution": [{
	"address": "aws_cloudfront_distribution.site", "type": "aws_cloudfront_distribution", "name": "site",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"enabled": true, "origin": origins},
}]}}

custom(id, protocol) := {"origin_id": id, "domain_name": sprintf("%s.example.com", [id]), "custom_origin_config": [{
	"http_port": 80, "https_port": 443, "origin_protocol_policy": protocol, "origin_ssl_protocols": ["TLSv1.2"],
}]}

test_http_only_origin_reported if {
	findings := policy.deny with input as distribution([custom("app", "https-only"), custom("legacy", "http-only")])
	count(findings) == 1
	some f in findings
	f.path == ["origin", 1, "custom_origin_config", 0, "origin_protocol_policy"]
	contains(f.msg, `"legacy"`)
}

test_https_origins_pass if {
	count(policy.deny) == 0 with input as distribution([custom("app", "https-only")])
	count(policy.deny) == 0 with input as distribution([custom("app", "match-viewer")])
	count(policy.deny) == 0 with input as distribution([custom("app", "${var.origin_protocol}")])
	count(policy.deny) == 0 with input as distribution([{"origin_id": "s3", "domain_name": "b.s3.eu-west-1.amazonaws.com", "origin_access_control_id": "${aws_cloudfront_origin_access_control.s3.id}"}])
}

test_fix_uses_https_to_the_origin if {
	findings := policy.deny with input as distribution([custom("a", "https-only"), custom("b", "http-only")])
	{f.fix | some f in findings} == {[{"set": ["origin", 1, "custom_origin_config", 0, "origin_protocol_policy"], "value": "https-only"}]}
}
