package srm.azure.keyvault.secret_expiration_test

import data.srm.azure.keyvault.secret_expiration as policy

secret(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_key_vault_secret": [{
	"address": "azurerm_key_vault_secret.db", "type": "azurerm_key_vault_secret", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {"key_vault_id": ["azurerm_key_vault.main"]},
	"values": object.union({"name": "db-password", "key_vault_id": "${azurerm_key_vault.main.id}", "value": "${random_password.db.result}"}, values),
}]}}

test_missing_expiration_reported if {
	findings := policy.deny with input as secret({})
	{[f.resource, f.path] | some f in findings} == {["azurerm_key_vault_secret.db", ["expiration_date"]]}
}

test_expiration_set_passes if {
	count(policy.deny) == 0 with input as secret({"expiration_date": "2026-12-31T00:00:00Z"})
	count(policy.deny) == 0 with input as secret({"expiration_date": "${var.secret_expiry}"})
}
