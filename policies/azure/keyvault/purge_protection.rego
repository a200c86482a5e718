# METADATA
# title: Key vault can be purged before its soft-delete retention ends
# description: >-
#   Without purge protection, anyone with enough rights (or a compromised
#   pipeline) can delete a vault, key or secret and immediately purge it from
#   the soft-deleted state, destroying keys that encrypt storage, databases and
#   disks and making that data unrecoverable. Purge protection forces every
#   deleted item to stay recoverable for the whole retention period. Azure
#   leaves it off by default and it cannot be turned off once enabled.
# custom:
#   id: SRM-AZURE-KEYVAULT-001
#   severity: medium
#   areas: [incident-response, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_key_vault]}
#   remediation: >-
#     Turn purge protection on: `purge_protection_enabled = true` (keep
#     `soft_delete_retention_days = 90`).
#   fix: {safety: unsafe, change: 'Sets `purge_protection_enabled = true`; it cannot be turned off again, and a deleted vault (with its name) stays reserved until its soft-delete retention ends, which breaks destroy-and-recreate workflows.'}
#   frameworks: {cis-azure-2.1: ["8.5"], nist-800-53: [CP-9, SC-12]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview#purge-protection"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#purge_protection_enabled"
#   peers:
#     checkov: [CKV_AZURE_110, CKV_AZURE_42]
#     trivy: [AVD-AZU-0016]
package srm.azure.keyvault.purge_protection

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Key vault %s sets purge_protection_enabled = false: deleted keys and secrets can be purged at once", [r.address]),
	"resource": r.address,
	"path": ["purge_protection_enabled"],
	"fix": [{"set": ["purge_protection_enabled"], "value": true}],
} if {
	some r in tf.resources("azurerm_key_vault")
	tf.is_false(r.values.purge_protection_enabled)
}

deny contains {
	"msg": sprintf("Key vault %s does not set purge_protection_enabled (default false): deleted keys and secrets can be purged at once", [r.address]),
	"resource": r.address,
	"path": ["purge_protection_enabled"],
	"fix": [{"set": ["purge_protection_enabled"], "value": true}],
} if {
	some r in tf.resources("azurerm_key_vault")
	not "purge_protection_enabled" in object.keys(r.values)
}
