# METADATA
# title: Key vault does not export its audit log
# description: >-
#   Every read of a secret, use of a key and change of an access policy is
#   recorded in a key vault's AuditEvent log, but only if a diagnostic setting
#   sends it somewhere: without one there is no trail of who fetched which
#   secret, nothing to alert on when a stolen identity starts reading secrets,
#   and nothing to investigate afterwards. Azure keeps no such log unless the
#   customer configures it.
# custom:
#   id: SRM-AZURE-KEYVAULT-007
#   severity: medium
#   areas: [logging-monitoring, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_key_vault, azurerm_monitor_diagnostic_setting]}
#   remediation: >-
#     Add a diagnostic setting for the vault: `azurerm_monitor_diagnostic_setting`
#     with `target_resource_id = azurerm_key_vault.main.id`, a
#     `log_analytics_workspace_id` (or storage account) and `enabled_log {
#     category_group = "audit" }` (or `category = "AuditEvent"`).
#   frameworks: {nist-800-53: [AU-2, AU-6, AU-12]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/key-vault/general/logging"
#     - "https://learn.microsoft.com/en-us/azure/key-vault/general/howto-logging"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting"
#   peers:
#     kics: [vault_auditing_disabled]
package srm.azure.keyvault.diagnostic_logs

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Key vault %s has no diagnostic setting: reads of its secrets and uses of its keys are not logged", [r.address]),
	"resource": r.address,
	"path": [],
} if {
	some r in tf.resources("azurerm_key_vault")
	count(settings(r)) == 0
	not unjudged_targets
}

deny contains {
	"msg": sprintf("Diagnostic setting %s of key vault %s does not export the AuditEvent category: reads of its secrets and uses of its keys are not logged", [s.address, r.address]),
	"resource": s.address,
	"path": ["enabled_log"],
} if {
	some r in tf.resources("azurerm_key_vault")
	some s in settings(r)
	not exports_audit(s.values)
}

unknown contains {"resource": r.address, "path": []} if {
	some r in tf.resources("azurerm_key_vault")
	count(settings(r)) == 0
	unjudged_targets
}

settings(vault) := tf.referrers("azurerm_monitor_diagnostic_setting", "target_resource_id", vault.address)

exports_audit(values) if {
	some block in ["enabled_log", "log"]
	some log in tf.blocks(values, block)
	not tf.is_false(object.get(log, "enabled", true))
	audit_category(log)
}

audit_category(log) if lower(log.category) == "auditevent"

audit_category(log) if lower(log.category_group) in {"audit", "alllogs"}

audit_category(log) if tf.is_unresolved(log.category)

audit_category(log) if tf.is_unresolved(log.category_group)

# A diagnostic setting whose target is an expression that names no resource of
# this module (a variable, a data source) may be any vault's.
unjudged_targets if {
	some s in tf.resources("azurerm_monitor_diagnostic_setting")
	tf.is_unresolved(s.values.target_resource_id)
	every address in tf.references(s, "target_resource_id") {
		not startswith(address, "azurerm_")
	}
}

# Vaults, and the diagnostic settings of vaults (not those of other resources).
applies contains r.address if some r in tf.resources("azurerm_key_vault")

applies contains s.address if {
	some r in tf.resources("azurerm_key_vault")
	some s in settings(r)
}
