package srm.azure.keyvault.network_acls_test

import data.srm.azure.keyvault.network_acls as policy

vault(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_key_vault": [{
	"address": "azurerm_key_vault.main", "type": "azurerm_key_vault", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "kv-main", "sku_name": "standard", "tenant_id": "${var.tenant_id}"}, values),
}]}}

test_allow_by_default_reported if {
	findings := policy.deny with input as vault({"network_acls": [{"default_action": "Allow", "bypass": "AzureServices"}]})
	{[f.resource, f.path] | some f in findings} == {["azurerm_key_vault.main", ["network_acls", 0, "default_action"]]}
}

test_missing_acls_reported if {
	findings := policy.deny with input as vault({})
	{f.path | some f in findings} == {["network_acls"]}
}

test_deny_or_private_passes if {
	count(policy.deny) == 0 with input as vault({"network_acls": [{"default_action": "Deny", "bypass": "AzureServices"}]})
	count(policy.deny) == 0 with input as vault({"public_network_access_enabled": false})
	count(policy.deny) == 0 with input as vault({"public_network_access_enabled": false, "network_acls": [{"default_action": "Allow", "bypass": "None"}]})
}

test_unresolved_values_not_judged if {
	count(policy.deny) == 0 with input as vault({"network_acls": [{"default_action": "${var.action}", "bypass": "AzureServices"}]})
	count(policy.deny) == 0 with input as vault({"public_network_access_enabled": "${var.public}"})
}
