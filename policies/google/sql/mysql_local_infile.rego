# METADATA
# title: Cloud SQL for MySQL allows LOAD DATA LOCAL INFILE
# description: >-
#   With `local_infile` on, the server lets clients run `LOAD DATA LOCAL INFILE`,
#   and a malicious or compromised server can in turn ask a connecting client to
#   send any file the client process can read. Combined with SQL injection in an
#   application, the flag lets an attacker read files from the application hosts
#   and bulk-load forged data. This policy reports instances whose `local_infile`
#   database flag is set to on; CIS asks for it to be off.
# custom:
#   id: SRM-GCP-SQL-012
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [google_sql_database_instance]}
#   remediation: >-
#     Remove the flag or set it off: `database_flags { name = "local_infile" value =
#     "off" }`; load files through Cloud Storage imports instead.
#   fix: {safety: unsafe, change: 'Sets the `local_infile` flag to `value = "off"`; `LOAD DATA LOCAL INFILE` statements of clients fail.'}
#   frameworks: {cis-gcp-2.0: ["6.1.3"], nist-800-53: [CM-7, AC-3]}
#   references:
#     - "https://cloud.google.com/sql/docs/mysql/flags"
#     - "https://dev.mysql.com/doc/refman/8.4/en/load-data-local-security.html"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags"
#   peers:
#     checkov: [CKV_GCP_50]
#     trivy: [AVD-GCP-0026]
package srm.google.sql.mysql_local_infile

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud SQL instance %s (%s) sets local_infile = %q: clients can load local files and the server can read files from them", [r.address, r.values.database_version, flag.value]),
	"resource": r.address,
	"path": ["settings", s, "database_flags", k, "value"],
	"fix": [{"set": ["settings", s, "database_flags", k, "value"], "value": "off"}],
} if {
	some r in tf.resources("google_sql_database_instance")
	is_string(r.values.database_version)
	startswith(r.values.database_version, "MYSQL")
	some s, settings in tf.blocks(r.values, "settings")
	some k, flag in tf.blocks(settings, "database_flags")
	flag.name == "local_infile"
	is_string(flag.value)
	lower(flag.value) == "on"
}

unknown contains {"resource": r.address, "path": ["settings", s, "database_flags", k, "value"]} if {
	some r in tf.resources("google_sql_database_instance")
	is_string(r.values.database_version)
	startswith(r.values.database_version, "MYSQL")
	some s, settings in tf.blocks(r.values, "settings")
	some k, flag in tf.blocks(settings, "database_flags")
	flag.name == "local_infile"
	tf.is_unresolved(flag.value)
}
