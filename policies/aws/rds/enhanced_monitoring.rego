# METADATA
# title: RDS enhanced monitoring is disabled
# description: >-
#   Enhanced Monitoring streams operating-system metrics of the database host
#   (CPU per process, memory, file system, swap, disk I/O) to CloudWatch Logs every
#   few seconds; the hypervisor-level CloudWatch metrics miss what runs inside the
#   instance. Without it, resource exhaustion, a runaway query or crypto-mining on
#   a compromised database are hard to diagnose and to alarm on. RDS collects these
#   metrics only when the customer sets a monitoring interval (the default 0 turns
#   them off).
# custom:
#   id: SRM-AWS-RDS-007
#   severity: low
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_db_instance, aws_rds_cluster_instance]}
#   remediation: >-
#     Turn on Enhanced Monitoring: `monitoring_interval = 60` (1, 5, 10, 15, 30 or
#     60 seconds) with `monitoring_role_arn = aws_iam_role.rds_monitoring.arn` (a role
#     with the AmazonRDSEnhancedMonitoringRole policy) on `aws_db_instance` or
#     `aws_rds_cluster_instance`.
#   frameworks: {nist-800-53: [SI-4, AU-12]}
#   peers: {checkov: [CKV_AWS_118]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-6"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#monitoring_interval"
package srm.aws.rds.enhanced_monitoring

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s has Enhanced Monitoring off: monitoring_interval is %v; set it to 60 (or 1, 5, 10, 15, 30) with a monitoring_role_arn", [r.address, r.values.monitoring_interval]),
	"resource": r.address,
	"path": ["monitoring_interval"],
} if {
	some type in ["aws_db_instance", "aws_rds_cluster_instance"]
	some r in tf.resources(type)
	known_number(r.values.monitoring_interval) == 0
}

deny contains {
	"msg": sprintf("%s has Enhanced Monitoring off: monitoring_interval is not set (default 0); set it to 60 (or 1, 5, 10, 15, 30) with a monitoring_role_arn", [r.address]),
	"resource": r.address,
	"path": ["monitoring_interval"],
} if {
	some type in ["aws_db_instance", "aws_rds_cluster_instance"]
	some r in tf.resources(type)
	not "monitoring_interval" in object.keys(r.values)
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
