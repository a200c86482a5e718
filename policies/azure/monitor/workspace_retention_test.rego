package srm.azure.monitor.workspace_retention_test

import data.srm.azure.monitor.workspace_retention as policy

workspace(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_log_analytics_workspace": [{
	"address": "azurerm_log_analytics_workspace.main", "type": "azurerm_log_analytics_workspace", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "log-acme", "sku": "PerGB2018"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as workspace(values)
}

test_short_or_default_retention_reported if {
	paths({}) == {["retention_in_days"]}
	paths({"retention_in_days": 30}) == {["retention_in_days"]}
	paths({"retention_in_days": "60"}) == {["retention_in_days"]}
}

test_long_retention_passes if {
	count(paths({"retention_in_days": 90})) == 0
	count(paths({"retention_in_days": 365})) == 0
	count(paths({"retention_in_days": "${var.retention_days}"})) == 0
}
