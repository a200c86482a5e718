# METADATA
# title: Cloud SQL for SQL Server enables contained database authentication or cross-database ownership chaining
# description: >-
#   With `contained database authentication` on, databases can hold their own
#   users with passwords that bypass the server's logins, password policy and
#   auditing, and such users move with the database to any server it is attached
#   to. `cross db ownership chaining` lets code in one database reach objects in
#   another without permission checks, so a user who owns one database can
#   escalate into the others. Both flags are off in Cloud SQL unless set.
# custom:
#   id: SRM-GCP-SQL-008
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [google_sql_database_instance]}
#   remediation: >-
#     Remove the flags or set them off: `database_flags { name = "contained database
#     authentication" value = "off" }` and `database_flags { name = "cross db
#     ownership chaining" value = "off" }`.
#   fix: {safety: unsafe, change: 'Sets `value = "off"` on the `contained database authentication` or `cross db ownership chaining` flag; contained database users can no longer log in, and cross-database queries that relied on ownership chaining are denied.'}
#   frameworks: {cis-gcp-2.0: ["6.3.2", "6.3.7"], nist-800-53: [AC-3, AC-6, IA-2]}
#   references:
#     - "https://cloud.google.com/sql/docs/sqlserver/flags"
#     - "https://learn.microsoft.com/en-us/sql/database-engine/configure-windows/contained-database-authentication-server-configuration-option"
#     - "https://learn.microsoft.com/en-us/sql/database-engine/configure-windows/cross-db-ownership-chaining-server-configuration-option"
#   peers:
#     checkov: [CKV_GCP_58, CKV_GCP_59]
#     trivy: [AVD-GCP-0019, AVD-GCP-0023]
package srm.google.sql.sqlserver_auth_flags

import data.srm.lib.terraform as tf

risky_flags := {"contained database authentication", "cross db ownership chaining"}

deny contains {
	"msg": sprintf("Cloud SQL instance %s (%s) turns on %q", [r.address, r.values.database_version, flag.name]),
	"resource": r.address,
	"path": ["settings", s, "database_flags", k, "value"],
	"fix": [{"set": ["settings", s, "database_flags", k, "value"], "value": "off"}],
} if {
	some r in tf.resources("google_sql_database_instance")
	is_string(r.values.database_version)
	startswith(r.values.database_version, "SQLSERVER")
	some s, settings in tf.blocks(r.values, "settings")
	some k, flag in tf.blocks(settings, "database_flags")
	flag.name in risky_flags
	is_string(flag.value)
	lower(flag.value) == "on"
}
