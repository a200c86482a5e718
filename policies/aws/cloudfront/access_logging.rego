# METADATA
# title: CloudFront distribution does not write access logs
# description: >-
#   CloudFront access logs record every viewer request with client IP, URI,
#   status, bytes and TLS details. Without them scraping, credential stuffing
#   against the origin, cache-poisoning attempts or the requests behind a data
#   exposure leave no evidence at the edge. CloudFront keeps no request logs
#   unless the customer configures standard logging (logging_config, or a
#   CloudWatch log delivery source for the distribution).
# custom:
#   id: SRM-AWS-CLOUDFRONT-003
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cloudfront_distribution, aws_cloudwatch_log_delivery_source]}
#   remediation: >-
#     Send standard logs to a bucket:
#     `logging_config { bucket = aws_s3_bucket.cdn_logs.bucket_domain_name prefix = "site/" }`,
#     or use standard logging v2 with an `aws_cloudwatch_log_delivery_source`
#     (`log_type = "ACCESS_LOGS"`, `resource_arn = aws_cloudfront_distribution.site.arn`).
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-5"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#logging_config"
#   peers: {checkov: [CKV_AWS_86], kics: [cloudfront_logging_disabled], trivy: [AVD-AWS-0010]}
package srm.aws.cloudfront.access_logging

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("CloudFront distribution %s writes no access logs: no logging_config and no CloudWatch log delivery source for it", [r.address]),
	"resource": r.address,
	"path": ["logging_config"],
} if {
	some r in tf.resources("aws_cloudfront_distribution")
	count(tf.blocks(r.values, "logging_config")) == 0
	not has_delivery_source(r)
}

deny contains {
	"msg": sprintf("CloudFront distribution %s writes no access logs: logging_config.bucket is empty", [r.address]),
	"resource": r.address,
	"path": ["logging_config", i, "bucket"],
} if {
	some r in tf.resources("aws_cloudfront_distribution")
	some i, config in tf.blocks(r.values, "logging_config")
	object.get(config, "bucket", "") == ""
	not has_delivery_source(r)
}

# Standard logging v2: a delivery source whose resource_arn refers to the
# distribution (looked up in the index of references).
has_delivery_source(r) if tf.has_referrer("aws_cloudwatch_log_delivery_source", "resource_arn", r.address)
