# METADATA
# title: PostgreSQL or MySQL flexible server does not use Microsoft Entra ID authentication
# description: >-
#   A flexible server that only knows database passwords has no central place
#   to revoke a leaver's access, enforce MFA or Conditional Access, or give
#   applications managed identities instead of passwords in connection strings;
#   the administrator password is the master key to every database. Both
#   flexible servers start with password authentication only: PostgreSQL needs
#   Entra ID authentication turned on, MySQL needs an Entra ID administrator.
# custom:
#   id: SRM-AZURE-DB-007
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_postgresql_flexible_server, azurerm_mysql_flexible_server, azurerm_mysql_flexible_server_active_directory_administrator]
#   remediation: >-
#     PostgreSQL: `authentication { active_directory_auth_enabled = true tenant_id =
#     data.azurerm_client_config.current.tenant_id password_auth_enabled = false }`
#     with an `azurerm_postgresql_flexible_server_active_directory_administrator`;
#     MySQL: an `azurerm_mysql_flexible_server_active_directory_administrator` for the server.
#   frameworks: {nist-800-53: [AC-2, IA-2, IA-5]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-azure-ad-authentication"
#     - "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-azure-ad-authentication"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server#active_directory_auth_enabled"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mysql_flexible_server_active_directory_administrator"
package srm.azure.database.entra_auth

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("PostgreSQL flexible server %s has no authentication block (active_directory_auth_enabled defaults to false): it accepts database passwords only", [r.address]),
	"resource": r.address,
	"path": ["authentication"],
} if {
	some r in postgresql_servers
	count(tf.blocks(r.values, "authentication")) == 0
}

deny contains {
	"msg": sprintf("PostgreSQL flexible server %s sets authentication.active_directory_auth_enabled = false: it accepts database passwords only", [r.address]),
	"resource": r.address,
	"path": ["authentication", i, "active_directory_auth_enabled"],
} if {
	some r in postgresql_servers
	some i, auth in tf.blocks(r.values, "authentication")
	tf.is_false(auth.active_directory_auth_enabled)
}

deny contains {
	"msg": sprintf("PostgreSQL flexible server %s does not set authentication.active_directory_auth_enabled (default false): it accepts database passwords only", [r.address]),
	"resource": r.address,
	"path": ["authentication", i, "active_directory_auth_enabled"],
} if {
	some r in postgresql_servers
	some i, auth in tf.blocks(r.values, "authentication")
	object.get(auth, "active_directory_auth_enabled", null) == null
}

deny contains {
	"msg": sprintf("MySQL flexible server %s has no azurerm_mysql_flexible_server_active_directory_administrator: it accepts database passwords only", [r.address]),
	"resource": r.address,
	"path": [],
} if {
	some r in tf.resources("azurerm_mysql_flexible_server")
	not replica(r.values)
	not tf.has_referrer("azurerm_mysql_flexible_server_active_directory_administrator", "server_id", r.address)
}

# A replica takes its authentication settings from its source server.
postgresql_servers contains r if {
	some r in tf.resources("azurerm_postgresql_flexible_server")
	not replica(r.values)
}

replica(values) if {
	is_string(values.create_mode)
	lower(values.create_mode) == "replica"
}

# Replicas and the administrator resources are not judged.
applies contains r.address if some r in postgresql_servers

applies contains r.address if {
	some r in tf.resources("azurerm_mysql_flexible_server")
	not replica(r.values)
}
