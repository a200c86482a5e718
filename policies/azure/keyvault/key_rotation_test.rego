package srm.azure.keyvault.key_rotation_test

import data.srm.azure.keyvault.key_rotation as policy

key(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_key_vault_key": [{
	"address": "azurerm_key_vault_key.data", "type": "azurerm_key_vault_key", "name": "data",
	"mode": "managed", "file": "main.tf", "references": {"key_vault_id": ["azurerm_key_vault.main"]},
	"values": object.union({"name": "data", "key_vault_id": "${azurerm_key_vault.main.id}", "key_type": "RSA", "key_size": 2048, "key_opts": ["wrapKey", "unwrapKey"]}, values),
}]}}

test_missing_rotation_policy_reported if {
	findings := policy.deny with input as key({})
	{[f.resource, f.path] | some f in findings} == {["azurerm_key_vault_key.data", ["rotation_policy"]]}
}

test_policy_without_automatic_trigger_reported if {
	findings := policy.deny with input as key({"rotation_policy": [{"expire_after": "P1Y", "notify_before_expiry": "P30D"}]})
	{f.path | some f in findings} == {["rotation_policy", 0, "automatic"]}
	count(policy.deny) == 1 with input as key({"rotation_policy": [{"expire_after": "P1Y", "automatic": [{}]}]})
}

test_automatic_rotation_passes if {
	count(policy.deny) == 0 with input as key({"rotation_policy": [{"expire_after": "P1Y", "automatic": [{"time_before_expiry": "P30D"}]}]})
	count(policy.deny) == 0 with input as key({"rotation_policy": {"automatic": {"time_after_creation": "${var.rotate_after}"}}})
}
