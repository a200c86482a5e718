package srm.azure.acr.untagged_retention_test

import data.srm.azure.acr.untagged_retention as policy

registry(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_container_registry": [{
	"address": "azurerm_container_registry.main", "type": "azurerm_container_registry", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "acracme", "sku": "Premium"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as registry(values)
}

test_missing_or_disabled_reported if {
	paths({}) == {["retention_policy_in_days"]}
	paths({"retention_policy_in_days": 0}) == {["retention_policy_in_days"]}
	paths({"retention_policy": [{"enabled": false, "days": 7}]}) == {["retention_policy", 0, "enabled"]}
}

test_retention_set_passes if {
	count(paths({"retention_policy_in_days": 30})) == 0
	count(paths({"retention_policy": [{"enabled": true, "days": 14}]})) == 0
	count(paths({"retention_policy_in_days": "${var.retention_days}"})) == 0
}

test_other_tiers_not_judged if {
	count(paths({"sku": "Standard"})) == 0
	count(paths({"sku": "${var.sku}"})) == 0
	policy.applies == set() with input as registry({"sku": "Basic"})
	policy.applies == {"azurerm_container_registry.main"} with input as registry({})
}

test_unresolved_reported_as_unknown if {
	policy.unknown == {{"resource": "azurerm_container_registry.main", "path": ["sku"]}} with input as registry({"sku": "${var.sku}"})
	policy.unknown == {{"resource": "azurerm_container_registry.main", "path": ["retention_policy_in_days"]}} with input as registry({"retention_policy_in_days": "${var.days}"})
	policy.unknown == set() with input as registry({"retention_policy_in_days": 7})
}
