# METADATA
# title: Spanner instance turns off default backups without a backup schedule
# description: >-
#   Point-in-time recovery keeps at most seven days of versions and is lost with the
#   database: only backups let a database be restored after it is dropped, corrupted
#   by a bad migration or encrypted by an attacker. New Spanner instances create a
#   daily backup schedule (kept 7 days) for every new database unless
#   `default_backup_schedule_type = "NONE"`; this policy reports instances that opt
#   out while no `google_spanner_backup_schedule` of the module covers them. Free
#   trial instances, which cannot have backups, are not judged.
# custom:
#   id: SRM-GCP-SPANNER-003
#   severity: medium
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [google_spanner_instance, google_spanner_backup_schedule]}
#   remediation: >-
#     Remove `default_backup_schedule_type = "NONE"` (or set `"AUTOMATIC"`), or add a
#     `google_spanner_backup_schedule` for each database, e.g. `spec { cron_spec {
#     text = "0 2 * * *" } } retention_duration = "2592000s" full_backup_spec {}`.
#   fix: {safety: safe, change: 'Sets `default_backup_schedule_type = "AUTOMATIC"`; databases created in the instance from then on get a default full backup schedule (backup storage is billed), existing databases and traffic are unchanged.'}
#   frameworks: {nist-800-53: [CP-9, CP-10]}
#   references:
#     - "https://cloud.google.com/spanner/docs/backup#default-backup-schedules"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/spanner_instance#default_backup_schedule_type"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/spanner_backup_schedule"
package srm.google.spanner.default_backups

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Spanner instance %s sets default_backup_schedule_type = \"NONE\" and no google_spanner_backup_schedule covers it: its new databases are never backed up", [r.address]),
	"resource": r.address,
	"path": ["default_backup_schedule_type"],
	"fix": [{"set": ["default_backup_schedule_type"], "value": "AUTOMATIC"}],
} if {
	some r in provisioned
	r.values.default_backup_schedule_type == "NONE"
	not has_schedule(r)
	not unknown_schedule_target
}

applies contains r.address if some r in provisioned

unknown contains {"resource": r.address, "path": ["default_backup_schedule_type"]} if {
	some r in provisioned
	tf.is_unresolved(r.values.default_backup_schedule_type)
}

# A backup schedule whose instance refers to this instance or is its name.
has_schedule(instance) if tf.has_referrer("google_spanner_backup_schedule", "instance", instance.address)

has_schedule(instance) if tf.has_value("google_spanner_backup_schedule", "instance", object.get(instance.values, "name", null))

# A backup schedule whose instance is an expression that names no instance of the
# module (var.instance, a module output): it may cover any of them.
unknown_schedule_target if {
	some schedule in tf.resources("google_spanner_backup_schedule")
	tf.is_unresolved(schedule.values.instance)
	not names_an_instance(schedule)
}

names_an_instance(schedule) if {
	some address in tf.references(schedule, "instance")
	startswith(address, "google_spanner_instance.")
}

# Provisioned instances (free trial instances cannot have backups).
provisioned contains r if {
	some r in tf.resources("google_spanner_instance")
	object.get(r.values, "instance_type", null) != "FREE_INSTANCE"
}
