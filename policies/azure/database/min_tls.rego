# METADATA
# title: PostgreSQL or MySQL server accepts TLS versions older than 1.2
# description: >-
#   TLS 1.0 and 1.1 are deprecated and open to downgrade and cipher attacks; a
#   database server that still accepts them lets a client, or an attacker
#   downgrading the connection, protect credentials and data with broken
#   cryptography. `TLSEnforcementDisabled` turns the minimum off altogether.
#   Azure and the azurerm provider default to TLS 1.2; older versions are only
#   accepted when the customer configures them.
# custom:
#   id: SRM-AZURE-DB-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server, azurerm_postgresql_flexible_server_configuration, azurerm_mysql_flexible_server_configuration]
#   remediation: >-
#     Single servers: `ssl_minimal_tls_version_enforced = "TLS1_2"`. Flexible
#     servers: remove the `ssl_min_protocol_version` (PostgreSQL) or `tls_version`
#     (MySQL) configuration, or set it to `TLSv1.2` (`TLSv1.2,TLSv1.3` for MySQL).
#   fix: {safety: unsafe, change: 'Sets `ssl_minimal_tls_version_enforced = "TLS1_2"` on single servers, and on flexible servers keeps only the TLS 1.2+ versions of the configuration value (`"TLSv1.2"` when none is left); clients limited to TLS 1.0/1.1 can no longer connect.'}
#   frameworks: {nist-800-53: [SC-8, SC-13]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-networking-ssl-tls"
#     - "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-networking#tls-and-ssl"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#ssl_minimal_tls_version_enforced"
#   peers:
#     checkov: [CKV_AZURE_54, CKV_AZURE_147]
#     trivy: [AVD-AZU-0026]
package srm.azure.database.min_tls

import data.srm.lib.terraform as tf

# Single servers (azurerm 3.x and earlier).
deny contains {
	"msg": sprintf("%s sets ssl_minimal_tls_version_enforced = %q: %s", [r.address, v, single_server_weak[v]]),
	"resource": r.address,
	"path": ["ssl_minimal_tls_version_enforced"],
	"fix": [{"set": ["ssl_minimal_tls_version_enforced"], "value": "TLS1_2"}],
} if {
	some type in ["azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"]
	some r in tf.resources(type)
	v := r.values.ssl_minimal_tls_version_enforced
	single_server_weak[v]
}

single_server_weak := {
	"TLS1_0": "clients can connect with TLS 1.0",
	"TLS1_1": "clients can connect with TLS 1.1",
	"TLSEnforcementDisabled": "no minimum TLS version is enforced",
}

# Flexible servers: ssl_min_protocol_version (PostgreSQL) and tls_version (MySQL,
# a comma-separated list of allowed versions).
deny contains {
	"msg": sprintf("%s sets %s = %q: clients can connect with %s", [r.address, r.values.name, r.values.value, concat(" and ", sort(weak))]),
	"resource": r.address,
	"path": ["value"],
	"fix": [{"set": ["value"], "value": strong_versions(r.values.value)}],
} if {
	some [type, parameter] in [
		["azurerm_postgresql_flexible_server_configuration", "ssl_min_protocol_version"],
		["azurerm_mysql_flexible_server_configuration", "tls_version"],
	]
	some r in tf.resources(type)
	is_string(r.values.name)
	lower(r.values.name) == parameter
	is_string(r.values.value)
	not tf.is_unresolved(r.values.value)
	weak := {name |
		some version in split(r.values.value, ",")
		name := flexible_weak[lower(trim_space(version))]
	}
	count(weak) > 0
}

flexible_weak := {"tlsv1": "TLS 1.0", "tlsv1.0": "TLS 1.0", "tlsv1.1": "TLS 1.1"}

# strong_versions("TLSv1,TLSv1.1,TLSv1.2") = "TLSv1.2": the versions of the
# value that are not weak, in their order, or "TLSv1.2" when none is left.
strong_versions(value) := concat(",", kept) if {
	kept := strong_list(value)
	count(kept) > 0
}

strong_versions(value) := "TLSv1.2" if count(strong_list(value)) == 0

strong_list(value) := [trim_space(version) |
	some version in split(value, ",")
	trim_space(version) != ""
	not flexible_weak[lower(trim_space(version))]
]
