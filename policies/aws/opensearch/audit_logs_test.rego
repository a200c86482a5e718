package srm.aws.opensearch.audit_logs_test

import data.srm.aws.opensearch.audit_logs as policy

domain(values) := {"format": "terraform", "module": ".", "resources": {"aws_opensearch_domain": [{
	"address": "aws_opensearch_domain.search", "type": "aws_opensearch_domain", "name": "search",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"domain_name": "search"}, values),
}]}}

option(type, extra) := object.union({"log_type": type, "cloudwatch_log_group_arn": "${aws_cloudwatch_log_group.search.arn}"}, extra)

test_no_audit_option_reported if {
	findings := policy.deny with input as domain({"log_publishing_options": [option("INDEX_SLOW_LOGS", {})]})
	count(findings) == 1
	some f in findings
	f.path == ["log_publishing_options"]
	count(policy.deny) == 1 with input as domain({})
}

test_disabled_audit_option_reported if {
	findings := policy.deny with input as domain({"log_publishing_options": [option("AUDIT_LOGS", {"enabled": false})]})
	count(findings) == 1
	some f in findings
	f.path == ["log_publishing_options", 0, "enabled"]
}

test_enabled_audit_logs_pass if {
	count(policy.deny) == 0 with input as domain({"log_publishing_options": [option("AUDIT_LOGS", {})]})
	count(policy.deny) == 0 with input as domain({"log_publishing_options": [option("AUDIT_LOGS", {"enabled": true})]})
	count(policy.deny) == 0 with input as domain({"log_publishing_options": [option("AUDIT_LOGS", {"enabled": "${var.audit}"})]})
	count(policy.deny) == 0 with input as domain({"log_publishing_options": [option("${var.log_type}", {})]})
}
