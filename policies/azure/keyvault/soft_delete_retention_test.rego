package srm.azure.keyvault.soft_delete_retention_test

import data.srm.azure.keyvault.soft_delete_retention as policy

vault(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_key_vault": [{
	"address": "azurerm_key_vault.main", "type": "azurerm_key_vault", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "kv-main", "sku_name": "standard", "tenant_id": "${var.tenant_id}"}, values),
}]}}

test_short_retention_reported if {
	findings := policy.deny with input as vault({"soft_delete_retention_days": 7})
	{[f.resource, f.path] | some f in findings} == {["azurerm_key_vault.main", ["soft_delete_retention_days"]]}
	count(policy.deny) == 1 with input as vault({"soft_delete_retention_days": "30"})
}

test_soft_delete_disabled_reported if {
	findings := policy.deny with input as vault({"soft_delete_enabled": false})
	{f.path | some f in findings} == {["soft_delete_enabled"]}
}

test_default_and_full_retention_pass if {
	count(policy.deny) == 0 with input as vault({})
	count(policy.deny) == 0 with input as vault({"soft_delete_retention_days": 90, "soft_delete_enabled": true})
	count(policy.deny) == 0 with input as vault({"soft_delete_retention_days": "${var.retention}"})
}
