package srm.azure.acr.admin_user_test

import data.srm.azure.acr.admin_user as policy

registry(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_container_registry": [{
	"address": "azurerm_container_registry.main", "type": "azurerm_container_registry", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "acracme", "sku": "Premium"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as registry(values)
}

test_admin_enabled_reported if {
	paths({"admin_enabled": true}) == {["admin_enabled"]}
	paths({"admin_enabled": "true"}) == {["admin_enabled"]}
}

test_default_and_disabled_pass if {
	count(paths({})) == 0
	count(paths({"admin_enabled": false})) == 0
	count(paths({"admin_enabled": "${var.admin_enabled}"})) == 0
}

test_fix_disables_the_admin_user if {
	findings := policy.deny with input as registry({"admin_enabled": true})
	{f.fix | some f in findings} == {[{"set": ["admin_enabled"], "value": false}]}
}
