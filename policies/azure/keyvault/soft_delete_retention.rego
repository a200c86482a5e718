# METADATA
# title: Key vault keeps deleted keys and secrets recoverable for less than 90 days
# description: >-
#   Soft delete is the only way to recover a deleted vault, key, secret or
#   certificate, and only for the retention period. Azure keeps deleted items
#   for 90 days by default; a shorter period (down to 7 days) gives less time to
#   notice an accidental or malicious deletion before the keys that protect
#   other data are gone for good. With azurerm 1.x/2.x soft delete could even be
#   turned off.
#   There is no automatic fix: Azure fixes the retention period when the vault is
#   created and refuses to change it afterwards.
# custom:
#   id: SRM-AZURE-KEYVAULT-002
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_key_vault]}
#   remediation: >-
#     Keep the maximum retention: remove the attribute or set
#     `soft_delete_retention_days = 90` (and `soft_delete_enabled = true` with
#     azurerm 2.x), together with `purge_protection_enabled = true`.
#   frameworks: {cis-azure-2.1: ["8.5"], nist-800-53: [CP-9, CP-10]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#soft_delete_retention_days"
#   peers:
#     checkov: [CKV_AZURE_111]
package srm.azure.keyvault.soft_delete_retention

import data.srm.lib.terraform as tf

recommended_days := 90

deny contains {
	"msg": sprintf("Key vault %s keeps deleted items for %v days only (soft_delete_retention_days); keep them %d days", [r.address, r.values.soft_delete_retention_days, recommended_days]),
	"resource": r.address,
	"path": ["soft_delete_retention_days"],
} if {
	some r in tf.resources("azurerm_key_vault")
	days := known_number(r.values.soft_delete_retention_days)
	days < recommended_days
}

deny contains {
	"msg": sprintf("Key vault %s sets soft_delete_enabled = false: deleted keys and secrets cannot be recovered", [r.address]),
	"resource": r.address,
	"path": ["soft_delete_enabled"],
} if {
	some r in tf.resources("azurerm_key_vault")
	tf.is_false(r.values.soft_delete_enabled)
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
