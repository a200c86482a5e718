package srm.azure.keyvault.diagnostic_logs_test

import data.srm.azure.keyvault.diagnostic_logs as policy

vault := {
	"address": "azurerm_key_vault.main", "type": "azurerm_key_vault", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "kv-acme", "sku_name": "standard", "tenant_id": "0000"},
}

setting(target_refs, target, logs) := {
	"address": "azurerm_monitor_diagnostic_setting.kv", "type": "azurerm_monitor_diagnostic_setting", "name": "kv",
	"mode": "managed", "file": "main.tf", "references": {"target_resource_id": target_refs},
	"values": {"name": "kv-logs", "target_resource_id": target, "log_analytics_workspace_id": "${azurerm_log_analytics_workspace.main.id}", "enabled_log": logs},
}

vault_setting(logs) := setting(["azurerm_key_vault.main"], "${azurerm_key_vault.main.id}", logs)

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

paths(resources) := result if {
	result := {[f.resource, f.path] | some f in policy.deny} with input as doc(resources)
}

test_vault_without_setting_reported if {
	paths({"azurerm_key_vault": [vault]}) == {["azurerm_key_vault.main", []]}
	paths({
		"azurerm_key_vault": [vault],
		"azurerm_monitor_diagnostic_setting": [setting(["azurerm_storage_account.data"], "${azurerm_storage_account.data.id}", [{"category": "StorageRead"}])],
	}) == {["azurerm_key_vault.main", []]}
}

test_setting_without_audit_reported if {
	paths({
		"azurerm_key_vault": [vault],
		"azurerm_monitor_diagnostic_setting": [vault_setting([{"category": "AzurePolicyEvaluationDetails"}])],
	}) == {["azurerm_monitor_diagnostic_setting.kv", ["enabled_log"]]}
	paths({
		"azurerm_key_vault": [vault],
		"azurerm_monitor_diagnostic_setting": [vault_setting([])],
	}) == {["azurerm_monitor_diagnostic_setting.kv", ["enabled_log"]]}
}

test_audit_exported_passes if {
	count(paths({"azurerm_key_vault": [vault], "azurerm_monitor_diagnostic_setting": [vault_setting([{"category": "AuditEvent"}])]})) == 0
	count(paths({"azurerm_key_vault": [vault], "azurerm_monitor_diagnostic_setting": [vault_setting([{"category_group": "audit"}])]})) == 0
	count(paths({"azurerm_key_vault": [vault], "azurerm_monitor_diagnostic_setting": [vault_setting([{"category_group": "allLogs"}])]})) == 0
	count(paths({"azurerm_key_vault": [vault], "azurerm_monitor_diagnostic_setting": [vault_setting([{"category": "${each.key}"}])]})) == 0
}

test_unresolved_target_is_unknown if {
	resources := {
		"azurerm_key_vault": [vault],
		"azurerm_monitor_diagnostic_setting": [setting(["var.vault_id"], "${var.vault_id}", [{"category": "AuditEvent"}])],
	}
	count(paths(resources)) == 0
	policy.unknown == {{"resource": "azurerm_key_vault.main", "path": []}} with input as doc(resources)
	policy.unknown == set() with input as doc({"azurerm_key_vault": [vault]})
}

test_applies_to_vaults_and_their_settings if {
	policy.applies == {"azurerm_key_vault.main", "azurerm_monitor_diagnostic_setting.kv"} with input as doc({
		"azurerm_key_vault": [vault],
		"azurerm_monitor_diagnostic_setting": [vault_setting([{"category": "AuditEvent"}])],
	})
	policy.applies == {"azurerm_key_vault.main"} with input as doc({
		"azurerm_key_vault": [vault],
		"azurerm_monitor_diagnostic_setting": [setting(["azurerm_storage_account.data"], "${azurerm_storage_account.data.id}", [{"category": "StorageRead"}])],
	})
}
