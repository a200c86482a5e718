# METADATA
# title: WAFv2 web ACL does not log the requests it inspects
# description: >-
#   Without a logging configuration a web ACL keeps only sampled requests for
#   three hours and CloudWatch counters: which client was blocked by which rule,
#   the attack payloads that were let through by a rule in count mode, and the
#   requests of an ongoing credential stuffing or scraping campaign are not
#   recorded, so there is nothing to investigate, tune rules with or hand to
#   auditors. AWS WAF writes full logs only to the destination the customer
#   configures.
# custom:
#   id: SRM-AWS-WAF-001
#   severity: medium
#   areas: [logging-monitoring, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [aws_wafv2_web_acl, aws_wafv2_web_acl_logging_configuration]}
#   remediation: >-
#     Send the web ACL's logs to CloudWatch Logs, S3 or Firehose:
#     `resource "aws_wafv2_web_acl_logging_configuration" "edge" { resource_arn =
#     aws_wafv2_web_acl.edge.arn log_destination_configs =
#     [aws_cloudwatch_log_group.waf.arn] }` (the log group name must start with `aws-waf-logs-`).
#   frameworks: {nist-800-53: [AU-2, AU-12, SI-4]}
#   references:
#     - "https://docs.aws.amazon.com/waf/latest/developerguide/logging.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-11"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/wafv2_web_acl_logging_configuration"
#   peers: {checkov: [CKV2_AWS_31]}
package srm.aws.waf.web_acl_logging

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("WAFv2 web ACL %s does not log the requests it inspects: no aws_wafv2_web_acl_logging_configuration refers to it", [r.address]),
	"resource": r.address,
	"path": [],
} if {
	some r in tf.resources("aws_wafv2_web_acl")
	not logged(r)
	not unknown_logging_target
}

# Only the web ACLs are judged; the logging configurations are not counted.
applies contains r.address if some r in tf.resources("aws_wafv2_web_acl")

unknown contains {"resource": r.address, "path": []} if {
	some r in tf.resources("aws_wafv2_web_acl")
	not logged(r)
	unknown_logging_target
}

logged(r) if tf.has_referrer("aws_wafv2_web_acl_logging_configuration", "resource_arn", r.address)

# A logging configuration whose resource_arn is an expression naming no web ACL of
# this module (var.web_acl_arn, a module output) may log any of them.
unknown_logging_target if {
	some l in tf.resources("aws_wafv2_web_acl_logging_configuration")
	tf.is_unresolved(l.values.resource_arn)
	not names_a_web_acl(l)
}

names_a_web_acl(l) if {
	some address in tf.references(l, "resource_arn")
	startswith(address, "aws_wafv2_web_acl.")
}
