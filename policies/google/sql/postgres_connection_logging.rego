# METADATA
# title: Cloud SQL for PostgreSQL does not log connections and disconnections
# description: >-
#   With `log_connections` and `log_disconnections` on, PostgreSQL records every
#   connection attempt (who, from where, whether authentication succeeded) and
#   every session end with its duration. Without them, password guessing, use of
#   a stolen account or an unexpected client cannot be detected or investigated.
#   Cloud SQL leaves both flags off unless they are set in `database_flags`.
#   A flag that is not written at all gets no automatic fix: it needs a new
#   `database_flags` block in a list of them, which a fix does not add.
# custom:
#   id: SRM-GCP-SQL-007
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [google_sql_database_instance]}
#   remediation: >-
#     Set both flags in `settings`: `database_flags { name = "log_connections"
#     value = "on" }` and `database_flags { name = "log_disconnections" value = "on" }`.
#   fix: {safety: safe, change: 'Sets `value = "on"` on a `log_connections` or `log_disconnections` flag written with another value; PostgreSQL logs each connection and disconnection (more log volume, no restart).'}
#   frameworks: {cis-gcp-2.0: ["6.2.2", "6.2.3"], nist-800-53: [AU-2, AU-3, AU-12, AC-7]}
#   references:
#     - "https://cloud.google.com/sql/docs/postgres/flags"
#     - "https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-CONNECTIONS"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags"
#   peers:
#     checkov: [CKV_GCP_52, CKV_GCP_53]
#     trivy: [AVD-GCP-0016, AVD-GCP-0022]
package srm.google.sql.postgres_connection_logging

import data.srm.lib.terraform as tf

required_flags := ["log_connections", "log_disconnections"]

deny contains {
	"msg": sprintf("Cloud SQL instance %s (%s) sets %s = %q; set it to \"on\"", [r.address, r.values.database_version, flag.name, flag.value]),
	"resource": r.address,
	"path": ["settings", s, "database_flags", k, "value"],
	"fix": [{"set": ["settings", s, "database_flags", k, "value"], "value": "on"}],
} if {
	some r in postgres_instances
	some s, settings in tf.blocks(r.values, "settings")
	some k, flag in tf.blocks(settings, "database_flags")
	flag.name in required_flags
	is_string(flag.value)
	not tf.is_unresolved(flag.value)
	lower(flag.value) != "on"
}

deny contains {
	"msg": sprintf("Cloud SQL instance %s (%s) does not set the %s flag(s) (off by default)", [r.address, r.values.database_version, concat(" and ", sort(missing))]),
	"resource": r.address,
	"path": ["settings", s, "database_flags"],
} if {
	some r in postgres_instances
	some s, settings in tf.blocks(r.values, "settings")
	flags := tf.blocks(settings, "database_flags")
	not flag_names_unresolved(flags)
	missing := {name | some name in required_flags} - {flag.name | some flag in flags}
	count(missing) > 0
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
