# METADATA
# title: Azure SQL server has no Microsoft Entra ID administrator
# description: >-
#   Without a Microsoft Entra ID (Azure AD) administrator the server can only be
#   managed with the SQL administrator login: a shared password that bypasses
#   MFA, conditional access and central deprovisioning, and that is typically
#   stored in pipelines and scripts. An Entra administrator (ideally a group,
#   with Entra-only authentication) lets access be granted to individual
#   identities and revoked centrally. Azure creates none by default.
# custom:
#   id: SRM-AZURE-SQL-005
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_mssql_server, azurerm_sql_server, azurerm_sql_active_directory_administrator]}
#   remediation: >-
#     Add an Entra administrator group and turn SQL logins off:
#     `azuread_administrator { login_username = "sql-admins" object_id =
#     azuread_group.sql_admins.object_id azuread_authentication_only = true }`
#     (an `azurerm_sql_active_directory_administrator` for the legacy
#     `azurerm_sql_server`).
#   frameworks: {cis-azure-2.1: ["4.1.4"], nist-800-53: [AC-2, IA-2, IA-5]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-sql/database/authentication-aad-configure"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#azuread_administrator"
#   peers:
#     checkov: [CKV2_AZURE_7, CKV2_AZURE_27]
#     kics: [ad_admin_not_configured_for_sql_server]
package srm.azure.sql.azuread_admin

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("SQL server %s has no Microsoft Entra ID administrator (no azuread_administrator block, no azurerm_sql_active_directory_administrator): it is administered with the SQL login only", [r.address]),
	"resource": r.address,
	"path": ["azuread_administrator"],
} if {
	some type in ["azurerm_mssql_server", "azurerm_sql_server"]
	some r in tf.resources(type)
	count(tf.blocks(r.values, "azuread_administrator")) == 0
	not has_ad_admin(r)
}

# An azurerm_sql_active_directory_administrator naming the server by reference or
# literally (looked up in the indexes of references and values).
has_ad_admin(server) if tf.has_referrer("azurerm_sql_active_directory_administrator", "server_name", server.address)

has_ad_admin(server) if tf.has_value("azurerm_sql_active_directory_administrator", "server_name", server.values.name)
