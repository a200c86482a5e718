# METADATA
# title: CloudFront distribution talks to a custom origin over plain HTTP
# description: >-
#   With origin_protocol_policy "http-only", CloudFront fetches content from the
#   origin without TLS, even when viewers connect over HTTPS: requests, cookies,
#   authorization headers and responses cross the internet between the edge and
#   the origin in clear, and the origin cannot be authenticated. HTTPS to the
#   origin is available; choosing it is the customer's duty.
# custom:
#   id: SRM-AWS-CLOUDFRONT-005
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cloudfront_distribution]}
#   remediation: >-
#     Use TLS to the origin: `custom_origin_config { origin_protocol_policy = "https-only"
#     origin_ssl_protocols = ["TLSv1.2"] https_port = 443 http_port = 80 }`; for S3
#     content use the REST endpoint with origin access control instead of the
#     HTTP-only website endpoint.
#   fix: {safety: unsafe, change: "Sets `origin_protocol_policy = \"https-only\"` in the origin's `custom_origin_config`; CloudFront then connects to the origin over TLS on `https_port`, so an origin that does not serve HTTPS with a certificate valid for its domain name (an S3 website endpoint, a plain-HTTP server) returns 502 errors."}
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-9"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#origin_protocol_policy"
package srm.aws.cloudfront.origin_http_only

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("CloudFront distribution %s fetches from origin %s over plain HTTP (origin_protocol_policy = \"http-only\")", [r.address, origin_name(origin, i)]),
	"resource": r.address,
	"path": ["origin", i, "custom_origin_config", j, "origin_protocol_policy"],
	"fix": [{"set": ["origin", i, "custom_origin_config", j, "origin_protocol_policy"], "value": "https-only"}],
} if {
	some r in tf.resources("aws_cloudfront_distribution")
	some i, origin in tf.blocks(r.values, "origin")
	some j, config in tf.blocks(origin, "custom_origin_config")
	config.origin_protocol_policy == "http-only"
}

origin_name(origin, i) := sprintf("%q", [origin.origin_id]) if {
	is_string(origin.origin_id)
	not tf.is_unresolved(origin.origin_id)
} else := sprintf("%q", [origin.domain_name]) if {
	is_string(origin.domain_name)
} else := sprintf("#%d", [i])
