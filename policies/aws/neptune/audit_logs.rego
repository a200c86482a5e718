# METADATA
# title: Neptune cluster does not export its audit log to CloudWatch Logs
# description: >-
#   The Neptune audit log records who connected and which queries they ran against
#   the graph: the trail an auditor asks for and an investigator needs after a
#   credential or an application is misused. Neptune exports no log unless
#   `enable_cloudwatch_logs_exports` lists it, so a cluster without "audit" there
#   (including one that omits the argument) is reported. Auditing also needs the
#   cluster parameter `neptune_enable_audit_log` set to 1.
# custom:
#   id: SRM-AWS-NEPTUNE-001
#   severity: medium
#   areas: [compliance, logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_neptune_cluster]}
#   remediation: >-
#     Export the audit log: `enable_cloudwatch_logs_exports = ["audit"]`, with a
#     cluster parameter group that sets `parameter { name = "neptune_enable_audit_log"
#     value = "1" }`.
#   fix: {safety: safe, change: "Adds `\"audit\"` to `enable_cloudwatch_logs_exports` (creating the list when it is missing); the cluster starts publishing its audit log to CloudWatch Logs (set `neptune_enable_audit_log = 1` in the parameter group for it to carry events), at the cost of log ingestion."}
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   peers: {checkov: [CKV_AWS_101], trivy: [AVD-AWS-0075]}
#   references:
#     - "https://docs.aws.amazon.com/neptune/latest/userguide/auditing.html"
#     - "https://docs.aws.amazon.com/config/latest/developerguide/neptune-cluster-cloudwatch-log-export-enabled.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#enable_cloudwatch_logs_exports"
package srm.aws.neptune.audit_logs

import data.srm.lib.terraform as tf

attribute := "enable_cloudwatch_logs_exports"

deny contains {
	"msg": sprintf("Neptune cluster %s does not set %s: its audit log is not exported", [r.address, attribute]),
	"resource": r.address,
	"path": [attribute],
	"fix": [{"set": [attribute], "value": ["audit"]}],
} if {
	some r in tf.resources("aws_neptune_cluster")
	object.get(r.values, attribute, null) == null
}

deny contains {
	"msg": sprintf("Neptune cluster %s exports %v but not \"audit\": its audit log is not exported", [r.address, exports]),
	"resource": r.address,
	"path": [attribute],
	"fix": [{"append": [attribute], "value": "audit"}],
} if {
	some r in tf.resources("aws_neptune_cluster")
	exports := r.values[attribute]
	is_array(exports)
	not "audit" in exports
	not unresolved_entry(exports)
}

unresolved_entry(exports) if {
	some entry in exports
	tf.is_unresolved(entry)
}
