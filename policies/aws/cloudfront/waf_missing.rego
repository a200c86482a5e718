# METADATA
# title: CloudFront distribution is not protected by AWS WAF
# description: >-
#   Without a web ACL, a distribution forwards every request to its origin:
#   SQL injection and XSS payloads, known-bad bots, credential stuffing and
#   layer-7 floods reach the application unfiltered, and no rate limit or IP
#   reputation list applies. CloudFront offers AWS WAF at the edge, but a
#   distribution has no web ACL until the customer associates one.
# custom:
#   id: SRM-AWS-CLOUDFRONT-004
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cloudfront_distribution]}
#   remediation: >-
#     Associate a WAFv2 web ACL with scope CLOUDFRONT (created in us-east-1), e.g.
#     with the AWS managed core rule set: `web_acl_id = aws_wafv2_web_acl.edge.arn`.
#   frameworks: {nist-800-53: [SC-5, SC-7, SI-4]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-6"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#web_acl_id"
#   peers: {checkov: [CKV_AWS_68], kics: [cloudfront_without_waf], trivy: [AVD-AWS-0011]}
package srm.aws.cloudfront.waf_missing

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("CloudFront distribution %s has no AWS WAF web ACL (web_acl_id is not set)", [r.address]),
	"resource": r.address,
	"path": ["web_acl_id"],
} if {
	some r in tf.resources("aws_cloudfront_distribution")
	object.get(r.values, "web_acl_id", "") in {"", null}
}
