# METADATA
# title: OpenSearch domain does not publish audit logs
# description: >-
#   Audit logs record who authenticated to the domain, which indices and
#   documents they read or changed and which requests were denied. Without them,
#   data access by a stolen identity or an over-privileged user cannot be
#   detected or investigated. OpenSearch Service publishes audit logs to
#   CloudWatch Logs only when the customer enables them (with fine-grained access
#   control) and configures a log group.
# custom:
#   id: SRM-AWS-OPENSEARCH-005
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_opensearch_domain, aws_elasticsearch_domain]}
#   remediation: >-
#     Publish audit logs: `log_publishing_options { log_type = "AUDIT_LOGS"
#     cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_audit.arn enabled = true }`
#     (fine-grained access control must be on: `advanced_security_options { enabled = true }`).
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-5"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#log_publishing_options"
#   peers: {checkov: [CKV_AWS_317], trivy: [AVD-AWS-0042]}
package srm.aws.opensearch.audit_logs

import data.srm.lib.terraform as tf

domain_types := ["aws_opensearch_domain", "aws_elasticsearch_domain"]

deny contains {
	"msg": sprintf("Search domain %s does not publish audit logs: no log_publishing_options with log_type = \"AUDIT_LOGS\"", [r.address]),
	"resource": r.address,
	"path": ["log_publishing_options"],
} if {
	some type in domain_types
	some r in tf.resources(type)
	not has_audit_option(r)
}

deny contains {
	"msg": sprintf("Search domain %s does not publish audit logs (AUDIT_LOGS option has enabled = false)", [r.address]),
	"resource": r.address,
	"path": ["log_publishing_options", i, "enabled"],
} if {
	some type in domain_types
	some r in tf.resources(type)
	some i, option in tf.blocks(r.values, "log_publishing_options")
	option.log_type == "AUDIT_LOGS"
	tf.is_false(object.get(option, "enabled", true))
}

has_audit_option(r) if {
	some option in tf.blocks(r.values, "log_publishing_options")
	option.log_type == "AUDIT_LOGS"
}

# A log type written as an expression may be AUDIT_LOGS.
has_audit_option(r) if {
	some option in tf.blocks(r.values, "log_publishing_options")
	tf.is_unresolved(option.log_type)
}

# The blocks themselves come from a dynamic expression: not judged.
has_audit_option(r) if tf.is_unresolved(object.get(r.values, "log_publishing_options", []))
