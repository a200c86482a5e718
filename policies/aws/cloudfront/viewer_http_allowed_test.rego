package srm.aws.cloudfront.viewer_http_allowed_test

import data.srm.aws.cloudfront.viewer_http_allowed as policy

distribution(values) := {"format": "terraform", "module": ".", "resources": {"aws_cloudfront_distribution": [{
	"address": "aws_cloudfront_distribution.site", "type": "aws_cloudfront_distribution", "name": "site",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"enabled": true}, values),
}]}}

behavior(policy) := {"target_origin_id": "site", "viewer_protocol_policy": policy, "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"]}

test_default_behavior_allow_all_reported if {
	findings := policy.deny with input as distribution({"default_cache_behavior": [behavior("allow-all")]})
	count(findings) == 1
	some f in findings
	f.path == ["default_cache_behavior", 0, "viewer_protocol_policy"]
}

test_ordered_behavior_allow_all_reported if {
	findings := policy.deny with input as distribution({
		"default_cache_behavior": [behavior("redirect-to-https")],
		"ordered_cache_behavior": [object.union(behavior("https-only"), {"path_pattern": "/api/*"}), object.union(behavior("allow-all"), {"path_pattern": "/static/*"})],
	})
	count(findings) == 1
	some f in findings
	f.path == ["ordered_cache_behavior", 1, "viewer_protocol_policy"]
	contains(f.msg, "/static/*")
}

test_https_behaviors_pass if {
	count(policy.deny) == 0 with input as distribution({"default_cache_behavior": [behavior("redirect-to-https")]})
	count(policy.deny) == 0 with input as distribution({"default_cache_behavior": [behavior("${var.viewer_protocol_policy}")]})
}

test_fix_redirects_to_https if {
	findings := policy.deny with input as distribution({
		"default_cache_behavior": [behavior("allow-all")],
		"ordered_cache_behavior": [object.union(behavior("https-only"), {"path_pattern": "/a/*"}), object.union(behavior("allow-all"), {"path_pattern": "/b/*"})],
	})
	{f.fix | some f in findings} == {
		[{"set": ["default_cache_behavior", 0, "viewer_protocol_policy"], "value": "redirect-to-https"}],
		[{"set": ["ordered_cache_behavior", 1, "viewer_protocol_policy"], "value": "redirect-to-https"}],
	}
}
