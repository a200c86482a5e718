package srm.azure.network.flow_log_retention_test

import data.srm.azure.network.flow_log_retention as policy

flow_log(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_network_watcher_flow_log": [{
	"address": "azurerm_network_watcher_flow_log.app", "type": "azurerm_network_watcher_flow_log", "name": "app",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "fl-app", "network_watcher_name": "nw", "enabled": true}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as flow_log(values)
}

test_disabled_flow_log_reported if {
	paths({"enabled": false, "retention_policy": [{"enabled": true, "days": 90}]}) == {["enabled"]}
}

test_short_retention_reported if {
	paths({"retention_policy": [{"enabled": true, "days": 30}]}) == {["retention_policy", 0, "days"]}
	paths({"retention_policy": [{"enabled": "true", "days": "7"}]}) == {["retention_policy", 0, "days"]}
}

test_long_or_indefinite_retention_passes if {
	count(paths({"retention_policy": [{"enabled": true, "days": 90}]})) == 0
	count(paths({"retention_policy": [{"enabled": true, "days": 365}]})) == 0
	count(paths({"retention_policy": [{"enabled": true, "days": 0}]})) == 0
	count(paths({"retention_policy": [{"enabled": false, "days": 7}]})) == 0
}

test_unresolved_values_not_judged if {
	count(paths({"enabled": "${var.enabled}", "retention_policy": [{"enabled": true, "days": 90}]})) == 0
	count(paths({"retention_policy": [{"enabled": true, "days": "${var.days}"}]})) == 0
}
