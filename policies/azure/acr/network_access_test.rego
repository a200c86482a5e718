package srm.azure.acr.network_access_test

import data.srm.azure.acr.network_access as policy

registry(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_container_registry": [{
	"address": "azurerm_container_registry.main", "type": "azurerm_container_registry", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "acracme", "sku": "Premium"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as registry(values)
}

test_open_registry_reported if {
	paths({}) == {["network_rule_set"]}
	paths({"sku": "Basic", "public_network_access_enabled": true}) == {["network_rule_set"]}
	paths({"network_rule_set": [{"default_action": "Allow"}]}) == {["network_rule_set", 0, "default_action"]}
	paths({"network_rule_set": [{"ip_rule": [{"action": "Allow", "ip_range": "203.0.113.0/24"}]}]}) == {["network_rule_set", 0, "default_action"]}
}

test_restricted_registry_passes if {
	count(paths({"public_network_access_enabled": false})) == 0
	count(paths({"network_rule_set": [{"default_action": "Deny", "ip_rule": [{"action": "Allow", "ip_range": "203.0.113.0/24"}]}]})) == 0
}

test_unresolved_not_judged if {
	count(paths({"public_network_access_enabled": "${var.public}"})) == 0
	count(paths({"network_rule_set": [{"default_action": "${var.default_action}"}]})) == 0
}
