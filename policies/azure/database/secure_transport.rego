# METADATA
# title: PostgreSQL or MySQL server accepts unencrypted connections
# description: >-
#   With SSL enforcement (single server) or `require_secure_transport`
#   (flexible server) turned off, clients may connect in clear text, and
#   passwords, queries and result sets cross the network readable and
#   modifiable by anyone on the path. Azure Database for PostgreSQL and MySQL
#   require encrypted connections by default; turning that off is a customer
#   setting, usually made for an old client that should be fixed instead.
# custom:
#   id: SRM-AZURE-DB-001
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server, azurerm_postgresql_flexible_server_configuration, azurerm_mysql_flexible_server_configuration]
#   remediation: >-
#     Require TLS: `ssl_enforcement_enabled = true` on single servers; on flexible
#     servers remove the `require_secure_transport` configuration or set its
#     `value = "on"`.
#   fix: {safety: unsafe, change: 'Sets `ssl_enforcement_enabled = true` on single servers and `value = "on"` on the flexible server `require_secure_transport` configuration; clients that connect without TLS are refused.'}
#   frameworks: {cis-azure-2.1: ["4.3.1", "4.4.1"], nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-networking-ssl-tls"
#     - "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/how-to-connect-tls-ssl"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server_configuration"
#   peers:
#     checkov: [CKV_AZURE_28, CKV_AZURE_29, CKV_AZURE_47]
#     kics: [ssl_enforce_is_disabled, mysql_ssl_connection_disabled]
#     trivy: [AVD-AZU-0020]
package srm.azure.database.secure_transport

import data.srm.lib.terraform as tf

# Single servers (azurerm 3.x and earlier).
deny contains {
	"msg": sprintf("%s sets ssl_enforcement_enabled = false: clients can connect without TLS", [r.address]),
	"resource": r.address,
	"path": ["ssl_enforcement_enabled"],
	"fix": [{"set": ["ssl_enforcement_enabled"], "value": true}],
} if {
	some type in ["azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"]
	some r in tf.resources(type)
	tf.is_false(r.values.ssl_enforcement_enabled)
}

# Flexible servers: the require_secure_transport server parameter.
deny contains {
	"msg": sprintf("%s sets require_secure_transport = %q: clients can connect to the flexible server without TLS", [r.address, r.values.value]),
	"resource": r.address,
	"path": ["value"],
	"fix": [{"set": ["value"], "value": "on"}],
} if {
	some type in ["azurerm_postgresql_flexible_server_configuration", "azurerm_mysql_flexible_server_configuration"]
	some r in tf.resources(type)
	is_string(r.values.name)
	lower(r.values.name) == "require_secure_transport"
	is_string(r.values.value)
	lower(r.values.value) in {"off", "0", "false"}
}
