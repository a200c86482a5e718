# METADATA
# title: DocumentDB cluster does not export its audit log to CloudWatch Logs
# description: >-
#   The DocumentDB audit log records authentication attempts, user and role
#   changes and DDL such as dropped collections: the trail an auditor asks for and an
#   investigator needs after a credential is misused. DocumentDB exports no log
#   unless `enabled_cloudwatch_logs_exports` lists it, so a cluster without "audit"
#   there (including one that omits the argument) is reported. Auditing also needs
#   the cluster parameter `audit_logs` set to enabled.
# custom:
#   id: SRM-AWS-DOCDB-001
#   severity: medium
#   areas: [compliance, logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_docdb_cluster]}
#   remediation: >-
#     Export the audit log: `enabled_cloudwatch_logs_exports = ["audit", "profiler"]`,
#     with a cluster parameter group that sets `parameter { name = "audit_logs"
#     value = "enabled" }`.
#   fix: {safety: safe, change: "Adds `\"audit\"` to `enabled_cloudwatch_logs_exports` (creating the list when it is missing); the cluster starts publishing its audit log to CloudWatch Logs (set `audit_logs = enabled` in the parameter group for it to carry events), at the cost of log ingestion."}
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   peers: {checkov: [CKV_AWS_85], kics: [docdb_logging_disabled], trivy: [AVD-AWS-0020]}
#   references:
#     - "https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html"
#     - "https://docs.aws.amazon.com/config/latest/developerguide/docdb-cluster-audit-logging-enabled.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#enabled_cloudwatch_logs_exports"
package srm.aws.docdb.audit_logs

import data.srm.lib.terraform as tf

attribute := "enabled_cloudwatch_logs_exports"

deny contains {
	"msg": sprintf("DocumentDB cluster %s does not set %s: its audit log is not exported", [r.address, attribute]),
	"resource": r.address,
	"path": [attribute],
	"fix": [{"set": [attribute], "value": ["audit"]}],
} if {
	some r in tf.resources("aws_docdb_cluster")
	object.get(r.values, attribute, null) == null
}

deny contains {
	"msg": sprintf("DocumentDB cluster %s exports %v but not \"audit\": its audit log is not exported", [r.address, exports]),
	"resource": r.address,
	"path": [attribute],
	"fix": [{"append": [attribute], "value": "audit"}],
} if {
	some r in tf.resources("aws_docdb_cluster")
	exports := r.values[attribute]
	is_array(exports)
	not "audit" in exports
	not unresolved_entry(exports)
}

unresolved_entry(exports) if {
	some entry in exports
	tf.is_unresolved(entry)
}
