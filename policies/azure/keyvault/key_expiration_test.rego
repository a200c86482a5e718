package srm.azure.keyvault.key_expiration_test

import data.srm.azure.keyvault.key_expiration as policy

key(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_key_vault_key": [{
	"address": "azurerm_key_vault_key.data", "type": "azurerm_key_vault_key", "name": "data",
	"mode": "managed", "file": "main.tf", "references": {"key_vault_id": ["azurerm_key_vault.main"]},
	"values": object.union({"name": "data", "key_vault_id": "${azurerm_key_vault.main.id}", "key_type": "RSA", "key_size": 2048, "key_opts": ["wrapKey", "unwrapKey"]}, values),
}]}}

test_missing_expiration_reported if {
	findings := policy.deny with input as key({})
	{[f.resource, f.path] | some f in findings} == {["azurerm_key_vault_key.data", ["expiration_date"]]}
	count(policy.deny) == 1 with input as key({"expiration_date": null})
}

test_expiration_set_passes if {
	count(policy.deny) == 0 with input as key({"expiration_date": "2027-06-30T00:00:00Z"})
	count(policy.deny) == 0 with input as key({"expiration_date": "${var.key_expiry}"})
}
