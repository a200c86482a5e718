# METADATA
# title: Cloud SQL for PostgreSQL does not enable pgAudit
# description: >-
#   Cloud Audit Logs record who changed a Cloud SQL instance, not what was done
#   inside the database. The pgAudit extension writes session and object audit
#   records (DDL, role changes, reads and writes of chosen tables) to the Cloud
#   SQL data access audit log, which is the trail that PCI DSS, HIPAA and SOC 2
#   audits ask for on databases holding regulated data. It can only be created
#   once the `cloudsql.enable_pgaudit` flag is on, and the flag is off by default.
#   An instance without the flag gets no automatic fix: it needs a new
#   `database_flags` block in a list of them, which a fix does not add.
# custom:
#   id: SRM-GCP-SQL-010
#   severity: low
#   areas: [compliance, logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [google_sql_database_instance]}
#   remediation: >-
#     Turn the flag on in `settings`: `database_flags { name =
#     "cloudsql.enable_pgaudit" value = "on" }` (with `database_flags { name =
#     "pgaudit.log" value = "ddl,role,write" }`), then run `CREATE EXTENSION
#     pgaudit;` in each database.
#   fix: {safety: unsafe, change: 'Sets `value = "on"` on a `cloudsql.enable_pgaudit` flag written with another value; changing this flag restarts the instance, and auditing still needs `CREATE EXTENSION pgaudit` and a `pgaudit.log` flag.'}
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://cloud.google.com/sql/docs/postgres/pg-audit"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags"
#   peers:
#     checkov: [CKV_GCP_110]
package srm.google.sql.postgres_pgaudit

import data.srm.lib.terraform as tf

flag_name := "cloudsql.enable_pgaudit"

deny contains {
	"msg": sprintf("Cloud SQL instance %s (%s) sets %s = %q: database activity is not audited", [r.address, r.values.database_version, flag_name, flag.value]),
	"resource": r.address,
	"path": ["settings", s, "database_flags", k, "value"],
	"fix": [{"set": ["settings", s, "database_flags", k, "value"], "value": "on"}],
} if {
	some r in postgres_instances
	some s, settings in tf.blocks(r.values, "settings")
	some k, flag in tf.blocks(settings, "database_flags")
	flag.name == flag_name
	is_string(flag.value)
	not tf.is_unresolved(flag.value)
	lower(flag.value) != "on"
}

deny contains {
	"msg": sprintf("Cloud SQL instance %s (%s) does not set the %s flag (off by default): database activity is not audited", [r.address, r.values.database_version, flag_name]),
	"resource": r.address,
	"path": ["settings", s, "database_flags"],
} if {
	some r in postgres_instances
	some s, settings in tf.blocks(r.values, "settings")
	flags := tf.blocks(settings, "database_flags")
	not flag_names_unresolved(flags)
	every flag in flags {
		flag.name != flag_name
	}
}

postgres_instances contains r if {
	some r in tf.resources("google_sql_database_instance")
	is_string(r.values.database_version)
	startswith(r.values.database_version, "POSTGRES")
}

# dynamic "database_flags" blocks: the names are expressions, presence cannot be judged.
flag_names_unresolved(flags) if {
	some flag in flags
	not is_string(flag.name)
}

flag_names_unresolved(flags) if {
	some flag in flags
	tf.is_unresolved(flag.name)
}
