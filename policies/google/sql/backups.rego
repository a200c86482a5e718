# METADATA
# title: Cloud SQL instance has automated backups turned off
# description: >-
#   Automated backups are the way back from a dropped table, a faulty migration,
#   ransomware inside the database or an accidental instance deletion, and they
#   are required for point-in-time recovery. Cloud SQL takes no automated backups
#   unless `backup_configuration { enabled = true }` is set. Read replicas, which
#   rely on their primary's backups, are not reported.
# custom:
#   id: SRM-GCP-SQL-004
#   severity: medium
#   areas: [incident-response]
#   responsibility: shared
#   input: {format: terraform, types: [google_sql_database_instance]}
#   remediation: >-
#     Turn automated backups on: `backup_configuration { enabled = true start_time =
#     "02:00" backup_retention_settings { retained_backups = 14 } }` in `settings`.
#   fix: {safety: safe, change: 'Sets `backup_configuration { enabled = true }` in `settings` (the block created when missing); Cloud SQL takes a daily backup in its default window without interrupting the instance, billed as backup storage.'}
#   frameworks: {cis-gcp-2.0: ["6.7"], nist-800-53: [CP-9, CP-10]}
#   references:
#     - "https://cloud.google.com/sql/docs/postgres/backup-recovery/backups"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#backup_configuration"
#   peers:
#     checkov: [CKV_GCP_14]
#     kics: [sql_db_instance_backup_disabled]
#     trivy: [AVD-GCP-0024]
package srm.google.sql.backups

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets backup_configuration.enabled = false: no automated backups are taken", [r.address]),
	"resource": r.address,
	"path": ["settings", s, "backup_configuration", b, "enabled"],
	"fix": [{"set": ["settings", s, "backup_configuration", b, "enabled"], "value": true}],
} if {
	some r in primaries
	some s, settings in tf.blocks(r.values, "settings")
	some b, backup in tf.blocks(settings, "backup_configuration")
	tf.is_false(backup.enabled)
}

deny contains {
	"msg": sprintf("Cloud SQL instance %s does not set enabled in backup_configuration (it defaults to false): no automated backups are taken", [r.address]),
	"resource": r.address,
	"path": ["settings", s, "backup_configuration", b, "enabled"],
	"fix": [{"set": ["settings", s, "backup_configuration", b, "enabled"], "value": true}],
} if {
	some r in primaries
	some s, settings in tf.blocks(r.values, "settings")
	some b, backup in tf.blocks(settings, "backup_configuration")
	object.get(backup, "enabled", null) == null
}

deny contains {
	"msg": sprintf("Cloud SQL instance %s has no backup_configuration block: no automated backups are taken", [r.address]),
	"resource": r.address,
	"path": ["settings", s, "backup_configuration"],
	"fix": [{"set": ["settings", s, "backup_configuration", 0, "enabled"], "value": true}],
} if {
	some r in primaries
	some s, settings in tf.blocks(r.values, "settings")
	count(tf.blocks(settings, "backup_configuration")) == 0
}

# Read replicas rely on the primary's backups.
primaries contains r if {
	some r in tf.resources("google_sql_database_instance")
	object.get(r.values, "master_instance_name", null) == null
}
