# METADATA
# title: Key vault authorizes data access with access policies instead of Azure RBAC
# description: >-
#   With vault access policies, anyone who can write the vault resource (every
#   Contributor of the subscription) can grant themselves access to all its
#   secrets, keys and certificates; the grants cannot be scoped below the vault,
#   are outside Privileged Identity Management and access reviews, and are
#   silently replaced by the next apply that manages them. Azure RBAC separates
#   management from data access. azurerm 4.x uses access policies unless the
#   customer enables RBAC authorization.
# custom:
#   id: SRM-AZURE-KEYVAULT-008
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_key_vault]}
#   remediation: >-
#     Set `rbac_authorization_enabled = true` (`enable_rbac_authorization` before
#     azurerm 4.42) and replace `access_policy` blocks with
#     `azurerm_role_assignment` resources such as `Key Vault Secrets User` on the
#     vault or on single secrets.
#   frameworks: {cis-azure-2.1: ["8.6"], nist-800-53: [AC-3, AC-6]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-guide"
#     - "https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-access-policy"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#rbac_authorization_enabled"
package srm.azure.keyvault.rbac_authorization

import data.srm.lib.terraform as tf

# Current azurerm name, then the one deprecated in azurerm 4.42.
attributes := ["rbac_authorization_enabled", "enable_rbac_authorization"]

deny contains {
	"msg": sprintf("Key vault %s sets %s = false: vault access policies decide who reads its secrets and keys, and any Contributor can grant them", [r.address, attr]),
	"resource": r.address,
	"path": [attr],
} if {
	some r in tf.resources("azurerm_key_vault")
	some attr in attributes
	tf.is_false(r.values[attr])
}

deny contains {
	"msg": sprintf("Key vault %s does not enable RBAC authorization (rbac_authorization_enabled defaults to false in azurerm 4.x): vault access policies decide who reads its secrets and keys, and any Contributor can grant them", [r.address]),
	"resource": r.address,
	"path": ["rbac_authorization_enabled"],
} if {
	some r in tf.resources("azurerm_key_vault")
	every attr in attributes {
		object.get(r.values, attr, null) == null
	}
}
