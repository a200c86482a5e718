# METADATA
# title: Cloud SQL instance accepts unencrypted connections
# description: >-
#   Unless the instance requires SSL/TLS, clients may connect in plain text, so
#   credentials and query results cross the network readable and alterable by
#   anyone on the path, and a misconfigured client silently downgrades. Cloud SQL
#   allows both encrypted and unencrypted connections by default
#   (`ALLOW_UNENCRYPTED_AND_ENCRYPTED`). Connections through the Cloud SQL Auth
#   Proxy or connectors are always encrypted, but direct ones are not.
# custom:
#   id: SRM-GCP-SQL-003
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [google_sql_database_instance]}
#   remediation: >-
#     Require encryption: `ip_configuration { ssl_mode = "ENCRYPTED_ONLY" }` (or
#     `"TRUSTED_CLIENT_CERTIFICATE_REQUIRED"` to also require client certificates);
#     with provider versions before 6.0 `require_ssl = true` is also accepted.
#   fix: {safety: unsafe, change: 'Sets `ssl_mode = "ENCRYPTED_ONLY"` in `ip_configuration` (the block created when missing; a written `require_ssl` is set to the value Cloud SQL pairs with it: `true` on SQL Server, `false` otherwise); clients that connect without TLS are refused.'}
#   frameworks: {cis-gcp-2.0: ["6.4"], nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://cloud.google.com/sql/docs/postgres/configure-ssl-instance"
#     - "https://cloud.google.com/sql/docs/mysql/admin-api/rest/v1/instances"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ssl_mode"
#   peers:
#     checkov: [CKV_GCP_6]
#     kics: [sql_db_instance_with_ssl_disabled]
#     trivy: [AVD-GCP-0015]
package srm.google.sql.require_ssl

import data.srm.lib.terraform as tf

secure_modes := {"ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets ssl_mode = %q: unencrypted connections are accepted", [x.r.address, ip.ssl_mode]),
	"resource": x.r.address,
	"path": array.concat(x.path, ["ssl_mode"]),
	"fix": fix(x),
} if {
	some x in ip_configurations
	ip := x.ip
	is_string(ip.ssl_mode)
	not tf.is_unresolved(ip.ssl_mode)
	not ip.ssl_mode in secure_modes
}

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets require_ssl = false and no ssl_mode: unencrypted connections are accepted", [x.r.address]),
	"resource": x.r.address,
	"path": array.concat(x.path, ["require_ssl"]),
	"fix": fix(x),
} if {
	some x in ip_configurations
	ip := x.ip
	object.get(ip, "ssl_mode", null) == null
	tf.is_false(ip.require_ssl)
}

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets neither ssl_mode nor require_ssl (default ALLOW_UNENCRYPTED_AND_ENCRYPTED): unencrypted connections are accepted", [x.r.address]),
	"resource": x.r.address,
	"path": array.concat(x.path, ["ssl_mode"]),
	"fix": fix(x),
} if {
	some x in ip_configurations
	ip := x.ip
	object.get(ip, "ssl_mode", null) == null
	object.get(ip, "require_ssl", null) == null
}

deny contains {
	"msg": sprintf("Cloud SQL instance %s has no ip_configuration block, so no ssl_mode (default ALLOW_UNENCRYPTED_AND_ENCRYPTED): unencrypted connections are accepted", [r.address]),
	"resource": r.address,
	"path": ["settings", s, "ip_configuration"],
	"fix": [{"set": ["settings", s, "ip_configuration", 0, "ssl_mode"], "value": "ENCRYPTED_ONLY"}],
} if {
	some r in tf.resources("google_sql_database_instance")
	some s, settings in tf.blocks(r.values, "settings")
	count(tf.blocks(settings, "ip_configuration")) == 0
}

# ip_configurations: every ip_configuration block, with its instance and path.
ip_configurations contains {"r": r, "ip": ip, "path": ["settings", s, "ip_configuration", c]} if {
	some r in tf.resources("google_sql_database_instance")
	some s, settings in tf.blocks(r.values, "settings")
	some c, ip in tf.blocks(settings, "ip_configuration")
}

# fix(x): ssl_mode = "ENCRYPTED_ONLY" and, where require_ssl is written (provider
# versions before 6.0 want both consistent), the require_ssl value Cloud SQL pairs
# with ENCRYPTED_ONLY: true on SQL Server, false on MySQL and PostgreSQL (where
# true means TRUSTED_CLIENT_CERTIFICATE_REQUIRED).
fix(x) := array.concat(
	[{"set": array.concat(x.path, ["ssl_mode"]), "value": "ENCRYPTED_ONLY"}],
	[{"set": array.concat(x.path, ["require_ssl"]), "value": paired} |
		paired := paired_require_ssl(x.r.values)
		bool_value(object.get(x.ip, "require_ssl", null)) != paired
	],
)

paired_require_ssl(values) := startswith(values.database_version, "SQLSERVER") if {
	is_string(values.database_version)
	not tf.is_unresolved(values.database_version)
}

bool_value(v) := true if tf.is_true(v)

bool_value(v) := false if tf.is_false(v)
