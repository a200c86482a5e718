# METADATA
# title: Recovery Services vault has soft delete disabled
# description: >-
#   Soft delete keeps deleted backup data recoverable for 14 more days, so an
#   attacker with backup permissions or a careless cleanup cannot erase the
#   recovery points that a ransomware recovery or a retention obligation depends
#   on. Azure turns it on for new vaults (`soft_delete_enabled` defaults to true);
#   setting it to false lets backups be purged at once.
# custom:
#   id: SRM-AZURE-BACKUP-001
#   severity: medium
#   areas: [compliance, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_recovery_services_vault]}
#   remediation: >-
#     Keep soft delete on: remove `soft_delete_enabled = false` or write
#     `soft_delete_enabled = true`.
#   fix: {safety: safe, change: 'Sets `soft_delete_enabled = true`; deleted backup data is kept for 14 more days (at no extra cost) before it is purged.'}
#   frameworks: {nist-800-53: [CP-9, CP-9(8)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/backup/backup-azure-security-feature-cloud"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/recovery_services_vault#soft_delete_enabled"
package srm.azure.backup.vault_soft_delete

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Recovery Services vault %s sets soft_delete_enabled = false: deleted backups cannot be recovered", [r.address]),
	"resource": r.address,
	"path": ["soft_delete_enabled"],
	"fix": [{"set": ["soft_delete_enabled"], "value": true}],
} if {
	some r in tf.resources("azurerm_recovery_services_vault")
	tf.is_false(r.values.soft_delete_enabled)
}
