# METADATA
# title: CloudFront distribution serves viewers over plain HTTP
# description: >-
#   A cache behavior with viewer_protocol_policy "allow-all" answers HTTP
#   requests as they come: pages, cookies, session tokens and form posts cross the
#   internet in clear and can be read or altered by anyone on the network path
#   (public Wi-Fi, a compromised router). CloudFront can redirect HTTP to HTTPS or
#   refuse it, but only if the customer sets the policy on every behavior.
# custom:
#   id: SRM-AWS-CLOUDFRONT-001
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cloudfront_distribution]}
#   remediation: >-
#     Send viewers to HTTPS on every cache behavior:
#     `viewer_protocol_policy = "redirect-to-https"` (or `"https-only"`) in
#     `default_cache_behavior` and each `ordered_cache_behavior`.
#   fix: {safety: unsafe, change: "Sets `viewer_protocol_policy = \"redirect-to-https\"` on each reported cache behavior; browsers follow the redirect, but clients that cannot do TLS or that send POST/PUT requests over HTTP and do not repeat them after a redirect fail."}
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-3"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#viewer_protocol_policy"
#   peers: {checkov: [CKV_AWS_34], kics: [cloudfront_viewer_protocol_policy_allows_http], trivy: [AVD-AWS-0012]}
package srm.aws.cloudfront.viewer_http_allowed

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("CloudFront distribution %s serves %s over HTTP (viewer_protocol_policy = \"allow-all\")", [r.address, describe(block, behavior)]),
	"resource": r.address,
	"path": [block, i, "viewer_protocol_policy"],
	"fix": [{"set": [block, i, "viewer_protocol_policy"], "value": "redirect-to-https"}],
} if {
	some r in tf.resources("aws_cloudfront_distribution")
	some block in ["default_cache_behavior", "ordered_cache_behavior"]
	some i, behavior in tf.blocks(r.values, block)
	behavior.viewer_protocol_policy == "allow-all"
}

describe("default_cache_behavior", _) := "its default cache behavior"

describe("ordered_cache_behavior", behavior) := sprintf("the cache behavior for %q", [behavior.path_pattern]) if is_string(behavior.path_pattern)

describe("ordered_cache_behavior", behavior) := "an ordered cache behavior" if not is_string(behavior.path_pattern)
