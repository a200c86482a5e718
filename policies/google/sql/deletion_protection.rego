# METADATA
# title: Cloud SQL instance can be deleted by Terraform without protection
# description: >-
#   Deleting a Cloud SQL instance also deletes its automated backups, so one
#   mistaken `terraform destroy`, a renamed resource or a replacement forced by a
#   changed attribute wipes the database and the means to restore it. The google
#   provider protects instances by default (`deletion_protection = true`); this
#   policy reports configurations that turn that protection off without enabling
#   the API-level `deletion_protection_enabled` setting instead.
# custom:
#   id: SRM-GCP-SQL-006
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [google_sql_database_instance]}
#   remediation: >-
#     Keep `deletion_protection = true` (the default) on `google_sql_database_instance`,
#     and also set `settings { deletion_protection_enabled = true }` to block deletion
#     from the console and API; turn them off only in the change that really deletes it.
#   fix: {safety: safe, change: 'Sets `deletion_protection = true`; Terraform then refuses to destroy or replace the instance until a change turns it off again; the running instance itself is not changed.'}
#   frameworks: {nist-800-53: [CP-9, SI-12]}
#   references:
#     - "https://cloud.google.com/sql/docs/postgres/deletion-protection"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#deletion_protection"
package srm.google.sql.deletion_protection

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets deletion_protection = false and does not enable deletion_protection_enabled: Terraform can delete it and its backups", [r.address]),
	"resource": r.address,
	"path": ["deletion_protection"],
	"fix": [{"set": ["deletion_protection"], "value": true}],
} if {
	some r in tf.resources("google_sql_database_instance")
	tf.is_false(r.values.deletion_protection)
	not api_protection(r.values)
}

api_protection(values) if {
	some settings in tf.blocks(values, "settings")
	not tf.is_false(object.get(settings, "deletion_protection_enabled", false))
}
