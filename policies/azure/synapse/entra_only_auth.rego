# METADATA
# title: Synapse workspace accepts SQL logins besides Microsoft Entra ID
# description: >-
#   While SQL authentication is allowed, the workspace's SQL administrator login
#   and any SQL users are passwords that bypass Entra ID: no MFA, no Conditional
#   Access, no central revocation when someone leaves, and the administrator
#   password is often in Terraform state or a pipeline. Synapse accepts SQL
#   logins on its dedicated and serverless SQL endpoints unless the customer
#   restricts authentication to Entra ID.
# custom:
#   id: SRM-AZURE-SYNAPSE-003
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_synapse_workspace]}
#   remediation: >-
#     Set `azuread_authentication_only = true` together with an Entra ID
#     administrator (`azurerm_synapse_workspace_aad_admin`), and drop
#     `sql_administrator_login_password`.
#   frameworks: {nist-800-53: [AC-2, IA-2, IA-5]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/synapse-analytics/sql/active-directory-authentication"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/synapse_workspace#azuread_authentication_only"
package srm.azure.synapse.entra_only_auth

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Synapse workspace %s sets azuread_authentication_only = false: its SQL endpoints accept SQL logins and passwords", [r.address]),
	"resource": r.address,
	"path": ["azuread_authentication_only"],
} if {
	some r in tf.resources("azurerm_synapse_workspace")
	tf.is_false(r.values.azuread_authentication_only)
}

deny contains {
	"msg": sprintf("Synapse workspace %s does not set azuread_authentication_only (default false): its SQL endpoints accept SQL logins and passwords", [r.address]),
	"resource": r.address,
	"path": ["azuread_authentication_only"],
} if {
	some r in tf.resources("azurerm_synapse_workspace")
	object.get(r.values, "azuread_authentication_only", null) == null
}
