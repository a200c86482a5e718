# METADATA
# title: Cloud SQL instance with backups cannot be restored to a point in time
# description: >-
#   Daily backups alone lose up to a day of writes: point-in-time recovery
#   (binary logs for MySQL, write-ahead log archiving for PostgreSQL and
#   transaction logs for SQL Server) lets the database be restored to the second
#   before a destructive statement, a bad deployment or an attacker's changes.
#   Cloud SQL keeps no such logs unless the backup configuration enables them
#   (Enterprise Plus instances do by default). Instances without backups are
#   reported by SRM-GCP-SQL-004.
# custom:
#   id: SRM-GCP-SQL-005
#   severity: low
#   areas: [incident-response]
#   responsibility: shared
#   input: {format: terraform, types: [google_sql_database_instance]}
#   remediation: >-
#     In `backup_configuration`, set `point_in_time_recovery_enabled = true`
#     (PostgreSQL, SQL Server) or `binary_log_enabled = true` (MySQL), with
#     `transaction_log_retention_days = 7`.
#   fix: {safety: unsafe, change: 'Sets `point_in_time_recovery_enabled = true` (PostgreSQL, SQL Server) or `binary_log_enabled = true` (MySQL) in `backup_configuration`; turning it on after creation restarts the instance, and the transaction logs take extra storage.'}
#   frameworks: {nist-800-53: [CP-9, CP-10, CP-10(2)]}
#   references:
#     - "https://cloud.google.com/sql/docs/postgres/backup-recovery/pitr"
#     - "https://cloud.google.com/sql/docs/mysql/backup-recovery/pitr"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#point_in_time_recovery_enabled"
#   peers:
#     checkov: [CKV2_GCP_20]
package srm.google.sql.point_in_time_recovery

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud SQL instance %s (%s) has backups but %s: it cannot be restored to a point in time", [r.address, r.values.database_version, state_text(backup, attr)]),
	"resource": r.address,
	"path": ["settings", s, "backup_configuration", b, attr],
	"fix": [{"set": ["settings", s, "backup_configuration", b, attr], "value": true}],
} if {
	some r in tf.resources("google_sql_database_instance")
	object.get(r.values, "master_instance_name", null) == null
	attr := pitr_attribute(r.values.database_version)
	some s, settings in tf.blocks(r.values, "settings")
	some b, backup in tf.blocks(settings, "backup_configuration")
	tf.is_true(backup.enabled)
	pitr_off(backup, attr, settings)
}

pitr_attribute(version) := "binary_log_enabled" if {
	is_string(version)
	startswith(version, "MYSQL")
}

pitr_attribute(version) := "point_in_time_recovery_enabled" if {
	is_string(version)
	regex.match(`^(POSTGRES|SQLSERVER)`, version)
}

pitr_off(backup, attr, _) if tf.is_false(backup[attr])

# Enterprise Plus instances enable point-in-time recovery by default.
pitr_off(backup, attr, settings) if {
	object.get(backup, attr, null) == null
	object.get(settings, "edition", "ENTERPRISE") != "ENTERPRISE_PLUS"
}

state_text(backup, attr) := sprintf("%s = false", [attr]) if tf.is_false(backup[attr])

state_text(backup, attr) := sprintf("does not set %s (it defaults to false)", [attr]) if object.get(backup, attr, null) == null
