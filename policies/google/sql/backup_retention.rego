# METADATA
# title: Cloud SQL instance keeps fewer than 7 automated backups
# description: >-
#   The number of retained automated backups is how far back a restore can go:
#   corruption, a bad migration or a ransomware encryption noticed after a few
#   days can only be undone from a backup older than the damage, and most
#   retention policies and audits expect at least a week of daily backups. Cloud
#   SQL keeps 7 backups unless `backup_retention_settings.retained_backups` sets
#   fewer; the default is not reported. Read replicas are not reported.
# custom:
#   id: SRM-GCP-SQL-009
#   severity: low
#   areas: [compliance, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [google_sql_database_instance]}
#   remediation: >-
#     Keep at least a week of backups: `backup_retention_settings {
#     retained_backups = 14 retention_unit = "COUNT" }` inside
#     `settings.backup_configuration`.
#   frameworks: {nist-800-53: [CP-9, AU-11]}
#   references:
#     - "https://cloud.google.com/sql/docs/postgres/backup-recovery/backups#retention"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#retained_backups"
package srm.google.sql.backup_retention

import data.srm.lib.terraform as tf

minimum := 7

deny contains {
	"msg": sprintf("Cloud SQL instance %s keeps only %v automated backups (backup_retention_settings.retained_backups); keep at least %d", [r.address, retention.retained_backups, minimum]),
	"resource": r.address,
	"path": ["settings", s, "backup_configuration", b, "backup_retention_settings", k, "retained_backups"],
} if {
	some r in tf.resources("google_sql_database_instance")
	object.get(r.values, "master_instance_name", null) == null
	some s, settings in tf.blocks(r.values, "settings")
	some b, backup in tf.blocks(settings, "backup_configuration")
	some k, retention in tf.blocks(backup, "backup_retention_settings")
	as_number(retention.retained_backups) < minimum
}

as_number(value) := value if is_number(value)

as_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^\d+$`, value)
}
