# METADATA
# title: PostgreSQL or MySQL server is reachable from public networks
# description: >-
#   A server with public network access has an internet-facing endpoint; every
#   firewall rule added to it (an office range, "allow Azure services", a
#   temporary 0.0.0.0/0) then exposes the database login to more of the
#   internet. Single servers enable public access unless told otherwise, and
#   flexible servers are created in public access mode unless they are
#   integrated into a virtual network (`delegated_subnet_id`) or have public
#   access turned off for private endpoints.
# custom:
#   id: SRM-AZURE-DB-003
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_postgresql_flexible_server, azurerm_mysql_flexible_server, azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server]
#   remediation: >-
#     Keep the server off the internet: on flexible servers use VNet integration
#     (`delegated_subnet_id` and `private_dns_zone_id`) or
#     `public_network_access_enabled = false` (PostgreSQL) /
#     `public_network_access = "Disabled"` (MySQL) with a private endpoint; on
#     single servers set `public_network_access_enabled = false`.
#   fix: {safety: unsafe, change: 'Sets `public_network_access_enabled = false` (`public_network_access = "Disabled"` on MySQL flexible servers); clients that connect over the internet lose access until they use a private endpoint.'}
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-networking"
#     - "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-networking"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server#public_network_access_enabled"
#   peers:
#     checkov: [CKV_AZURE_48, CKV_AZURE_53, CKV_AZURE_68]
#     kics: [mysql_server_public_access_enabled, mariadb_public_network_access_enabled]
#     trivy: [AVD-AZU-0022]
package srm.azure.database.public_network_access

import data.srm.lib.terraform as tf

single_server_types := ["azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"]

# Explicitly public (single servers and PostgreSQL flexible servers).
deny contains {
	"msg": sprintf("%s sets public_network_access_enabled = true: the server has an internet-facing endpoint", [r.address]),
	"resource": r.address,
	"path": ["public_network_access_enabled"],
	"fix": [{"set": ["public_network_access_enabled"], "value": false}],
} if {
	some type in array.concat(single_server_types, ["azurerm_postgresql_flexible_server"])
	some r in tf.resources(type)
	tf.is_true(r.values.public_network_access_enabled)
}

# Explicitly public (MySQL flexible server, azurerm 4.x).
deny contains {
	"msg": sprintf("%s sets public_network_access = %q: the server has an internet-facing endpoint", [r.address, r.values.public_network_access]),
	"resource": r.address,
	"path": ["public_network_access"],
	"fix": [{"set": ["public_network_access"], "value": "Disabled"}],
} if {
	some r in tf.resources("azurerm_mysql_flexible_server")
	is_string(r.values.public_network_access)
	lower(r.values.public_network_access) == "enabled"
}

# Single servers: public by default.
deny contains {
	"msg": sprintf("%s does not set public_network_access_enabled (default true): the server has an internet-facing endpoint", [r.address]),
	"resource": r.address,
	"path": ["public_network_access_enabled"],
	"fix": [{"set": ["public_network_access_enabled"], "value": false}],
} if {
	some type in single_server_types
	some r in tf.resources(type)
	not "public_network_access_enabled" in object.keys(r.values)
}

# Flexible servers without VNet integration: public access mode by default.
deny contains {
	"msg": sprintf("%s has no delegated_subnet_id and does not turn public access off (%s): it is created in public access mode with an internet-facing endpoint", [r.address, attr]),
	"resource": r.address,
	"path": [attr],
	"fix": [{"set": [attr], "value": disabled_value[attr]}],
} if {
	some [type, attr] in [
		["azurerm_postgresql_flexible_server", "public_network_access_enabled"],
		["azurerm_mysql_flexible_server", "public_network_access"],
	]
	some r in tf.resources(type)
	not attr in object.keys(r.values)
	not "public_network_access_enabled" in object.keys(r.values)
	not "delegated_subnet_id" in object.keys(r.values)
	not replica(r.values)
}

disabled_value := {"public_network_access_enabled": false, "public_network_access": "Disabled"}

# A replica follows its source server's networking.
replica(values) if {
	is_string(values.create_mode)
	lower(values.create_mode) == "replica"
}
