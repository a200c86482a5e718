# METADATA
# title: RDS database does not export its logs to CloudWatch Logs
# description: >-
#   Database engine logs (error, general, slow query, audit, PostgreSQL and
#   upgrade logs) show failed logins, privilege changes and unusual queries. Kept
#   only on the instance they rotate away within days, cannot be searched across
#   databases, alarmed on or retained as audit evidence, and are lost with the
#   instance. RDS publishes them to CloudWatch Logs only for the log types the
#   customer lists in `enabled_cloudwatch_logs_exports`.
# custom:
#   id: SRM-AWS-RDS-008
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_db_instance, aws_rds_cluster]}
#   remediation: >-
#     Export the engine's logs, e.g. `enabled_cloudwatch_logs_exports =
#     ["postgresql", "upgrade"]` for PostgreSQL or `["audit", "error", "general",
#     "slowquery"]` for MySQL and Aurora MySQL (with the audit plugin or
#     `server_audit_logging` enabled in the parameter group).
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-6, AU-12]}
#   peers: {checkov: [CKV_AWS_129, CKV_AWS_324]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-9"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#enabled_cloudwatch_logs_exports"
package srm.aws.rds.log_exports

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s exports no logs to CloudWatch Logs: enabled_cloudwatch_logs_exports is not set; list the engine's log types", [r.address]),
	"resource": r.address,
	"path": ["enabled_cloudwatch_logs_exports"],
} if {
	some r in candidates
	object.get(r.values, "enabled_cloudwatch_logs_exports", null) == null
}

deny contains {
	"msg": sprintf("%s exports no logs to CloudWatch Logs: enabled_cloudwatch_logs_exports is empty; list the engine's log types", [r.address]),
	"resource": r.address,
	"path": ["enabled_cloudwatch_logs_exports"],
} if {
	some r in candidates
	r.values.enabled_cloudwatch_logs_exports == []
}

candidates contains r if some r in tf.resources("aws_db_instance")

# Aurora Serverless v1 clusters cannot export logs.
candidates contains r if {
	some r in tf.resources("aws_rds_cluster")
	not serverless_v1(r.values)
}

serverless_v1(values) if {
	is_string(values.engine_mode)
	lower(values.engine_mode) == "serverless"
}
