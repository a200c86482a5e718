package srm.azure.backup.vault_soft_delete_test

import data.srm.azure.backup.vault_soft_delete as policy

vault(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_recovery_services_vault": [{
	"address": "azurerm_recovery_services_vault.v", "type": "azurerm_recovery_services_vault", "name": "v", "mode": "managed", "file": "main.tf",
	"values": object.union({"name": "v", "sku": "Standard"}, values), "references": {},
}]}}

test_soft_delete_on_passes if {
	count(policy.deny) == 0 with input as vault({"soft_delete_enabled": true})
}

test_omitted_defaults_to_on if {
	count(policy.deny) == 0 with input as vault({})
	count(policy.deny) == 0 with input as vault({"soft_delete_enabled": null})
}

test_unresolved_value_not_reported if {
	count(policy.deny) == 0 with input as vault({"soft_delete_enabled": "${var.soft_delete}"})
}

test_soft_delete_off_reported if {
	findings := policy.deny with input as vault({"soft_delete_enabled": false})
	{[f.resource, f.path] | some f in findings} == {["azurerm_recovery_services_vault.v", ["soft_delete_enabled"]]}
	count(policy.deny) == 1 with input as vault({"soft_delete_enabled": "false"})
}

test_fix_turns_soft_delete_on if {
	findings := policy.deny with input as vault({"soft_delete_enabled": false})
	{f.fix | some f in findings} == {[{"set": ["soft_delete_enabled"], "value": true}]}
}
