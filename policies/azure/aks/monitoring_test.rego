package srm.azure.aks.monitoring_test

import data.srm.azure.aks.monitoring as policy

cluster(values) := {
	"address": "azurerm_kubernetes_cluster.main", "type": "azurerm_kubernetes_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "aks-main", "dns_prefix": "main"}, values),
}

diagnostics(target) := {
	"address": "azurerm_monitor_diagnostic_setting.aks", "type": "azurerm_monitor_diagnostic_setting", "name": "aks",
	"mode": "managed", "file": "main.tf", "references": {"target_resource_id": [target]},
	"values": {"name": "aks", "target_resource_id": sprintf("${%s.id}", [target]), "enabled_log": [{"category": "kube-audit-admin"}]},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

paths(resources) := result if {
	result := {f.path | some f in policy.deny} with input as doc(resources)
}

test_no_monitoring_reported if {
	paths({"azurerm_kubernetes_cluster": [cluster({})]}) == {["oms_agent"]}
}

test_legacy_agent_disabled_reported if {
	values := {"addon_profile": [{"oms_agent": [{"enabled": false}]}]}
	paths({"azurerm_kubernetes_cluster": [cluster(values)]}) == {["addon_profile", 0, "oms_agent", 0, "enabled"]}
}

test_agent_or_diagnostic_setting_passes if {
	count(paths({"azurerm_kubernetes_cluster": [cluster({"oms_agent": [{"log_analytics_workspace_id": "${azurerm_log_analytics_workspace.main.id}"}]})]})) == 0
	count(paths({"azurerm_kubernetes_cluster": [cluster({"addon_profile": [{"oms_agent": [{"enabled": true}]}]})]})) == 0
	count(paths({"azurerm_kubernetes_cluster": [cluster({"addon_profile": [{"oms_agent": [{"enabled": "${var.oms}"}]}]})]})) == 0
	count(paths({
		"azurerm_kubernetes_cluster": [cluster({})],
		"azurerm_monitor_diagnostic_setting": [diagnostics("azurerm_kubernetes_cluster.main")],
	})) == 0
}

test_diagnostic_setting_of_another_resource_does_not_count if {
	paths({
		"azurerm_kubernetes_cluster": [cluster({})],
		"azurerm_monitor_diagnostic_setting": [diagnostics("azurerm_key_vault.main")],
	}) == {["oms_agent"]}
}
