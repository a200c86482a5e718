package srm.azure.backup.vault_immutability_test

import data.srm.azure.backup.vault_immutability as policy

vault(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_recovery_services_vault": [{
	"address": "azurerm_recovery_services_vault.v", "type": "azurerm_recovery_services_vault", "name": "v", "mode": "managed", "file": "main.tf",
	"values": object.union({"name": "v", "sku": "Standard"}, values), "references": {},
}]}}

test_immutable_vaults_pass if {
	count(policy.deny) == 0 with input as vault({"immutability": "Locked"})
	count(policy.deny) == 0 with input as vault({"immutability": "Unlocked"})
}

test_unresolved_value_not_reported if {
	count(policy.deny) == 0 with input as vault({"immutability": "${var.immutability}"})
}

test_disabled_reported if {
	findings := policy.deny with input as vault({"immutability": "Disabled"})
	{[f.resource, f.path] | some f in findings} == {["azurerm_recovery_services_vault.v", ["immutability"]]}
}

test_missing_reported if {
	findings := policy.deny with input as vault({})
	{f.path | some f in findings} == {["immutability"]}
	count(policy.deny) == 1 with input as vault({"immutability": null})
}

test_fix_enables_reversible_immutability if {
	disabled := policy.deny with input as vault({"immutability": "Disabled"})
	{f.fix | some f in disabled} == {[{"set": ["immutability"], "value": "Unlocked"}]}
	missing := policy.deny with input as vault({})
	{f.fix | some f in missing} == {[{"set": ["immutability"], "value": "Unlocked"}]}
}
