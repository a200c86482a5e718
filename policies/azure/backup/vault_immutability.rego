# METADATA
# title: Recovery Services vault does not enable immutability
# description: >-
#   An immutable vault blocks the operations that lose recovery points before
#   their retention ends (stopping protection with data deletion, shortening
#   retention, disabling soft delete), which protects backups against ransomware
#   operators and insiders and gives the write-once evidence many retention rules
#   ask for. `Locked` makes the setting irreversible. Vaults are not immutable
#   unless `immutability` is set: it defaults to `Disabled`.
# custom:
#   id: SRM-AZURE-BACKUP-002
#   severity: low
#   areas: [compliance, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_recovery_services_vault]}
#   remediation: >-
#     Enable immutability: `immutability = "Unlocked"` while validating, then
#     `immutability = "Locked"` for production vaults.
#   fix: {safety: unsafe, change: 'Sets `immutability = "Unlocked"` (reversible, unlike `Locked`); recovery points can then no longer be deleted, or their retention shortened, before they expire, and jobs that delete them early fail.'}
#   frameworks: {nist-800-53: [CP-9, CP-9(8), AU-11]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/backup/backup-azure-immutable-vault-concept"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/recovery_services_vault#immutability"
package srm.azure.backup.vault_immutability

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Recovery Services vault %s sets immutability = %q: recovery points can be deleted before their retention ends", [r.address, r.values.immutability]),
	"resource": r.address,
	"path": ["immutability"],
	"fix": [{"set": ["immutability"], "value": "Unlocked"}],
} if {
	some r in tf.resources("azurerm_recovery_services_vault")
	is_string(r.values.immutability)
	lower(r.values.immutability) == "disabled"
}

deny contains {
	"msg": sprintf("Recovery Services vault %s does not set immutability (it defaults to Disabled): recovery points can be deleted before their retention ends", [r.address]),
	"resource": r.address,
	"path": ["immutability"],
	"fix": [{"set": ["immutability"], "value": "Unlocked"}],
} if {
	some r in tf.resources("azurerm_recovery_services_vault")
	object.get(r.values, "immutability", null) == null
}
