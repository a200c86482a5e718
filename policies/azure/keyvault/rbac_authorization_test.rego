package srm.azure.keyvault.rbac_authorization_test

import data.srm.azure.keyvault.rbac_authorization as policy

vault(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_key_vault": [{
	"address": "azurerm_key_vault.main", "type": "azurerm_key_vault", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "kv-acme", "sku_name": "standard", "tenant_id": "0000"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as vault(values)
}

test_access_policies_reported if {
	paths({}) == {["rbac_authorization_enabled"]}
	paths({"access_policy": [{"object_id": "1111", "secret_permissions": ["Get"]}]}) == {["rbac_authorization_enabled"]}
	paths({"rbac_authorization_enabled": false}) == {["rbac_authorization_enabled"]}
	paths({"enable_rbac_authorization": false}) == {["enable_rbac_authorization"]}
}

test_rbac_passes if {
	count(paths({"rbac_authorization_enabled": true})) == 0
	count(paths({"enable_rbac_authorization": true})) == 0
	count(paths({"rbac_authorization_enabled": "${var.rbac}"})) == 0
}
