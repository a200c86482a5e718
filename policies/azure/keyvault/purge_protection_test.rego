package srm.azure.keyvault.purge_protection_test

import data.srm.azure.keyvault.purge_protection as policy

vault(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_key_vault": [{
	"address": "azurerm_key_vault.main", "type": "azurerm_key_vault", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "kv-main", "sku_name": "standard", "tenant_id": "${var.tenant_id}"}, values),
}]}}

test_disabled_purge_protection_reported if {
	findings := policy.deny with input as vault({"purge_protection_enabled": false})
	{[f.resource, f.path] | some f in findings} == {["azurerm_key_vault.main", ["purge_protection_enabled"]]}
}

test_omitted_purge_protection_reported if {
	findings := policy.deny with input as vault({})
	{f.path | some f in findings} == {["purge_protection_enabled"]}
}

test_enabled_or_unresolved_passes if {
	count(policy.deny) == 0 with input as vault({"purge_protection_enabled": true})
	count(policy.deny) == 0 with input as vault({"purge_protection_enabled": "${var.purge_protection}"})
}

test_fix_turns_purge_protection_on if {
	explicit := policy.deny with input as vault({"purge_protection_enabled": false})
	{f.fix | some f in explicit} == {[{"set": ["purge_protection_enabled"], "value": true}]}
	missing := policy.deny with input as vault({})
	{f.fix | some f in missing} == {[{"set": ["purge_protection_enabled"], "value": true}]}
}
