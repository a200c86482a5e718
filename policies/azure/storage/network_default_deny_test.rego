package srm.azure.storage.network_default_deny_test

import data.srm.azure.storage.network_default_deny as policy

account(values) := {
	"address": "azurerm_storage_account.data", "type": "azurerm_storage_account", "name": "data",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "acmedata", "account_tier": "Standard", "account_replication_type": "GRS"}, values),
}

rules(action, refs) := {
	"address": "azurerm_storage_account_network_rules.data", "type": "azurerm_storage_account_network_rules",
	"name": "data", "mode": "managed", "file": "main.tf",
	"references": {"storage_account_id": refs},
	"values": {"storage_account_id": "${azurerm_storage_account.data.id}", "default_action": action},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_inline_allow_reported if {
	findings := policy.deny with input as doc({"azurerm_storage_account": [account({"network_rules": [{"default_action": "Allow"}]})]})
	{[f.resource, f.path] | some f in findings} == {["azurerm_storage_account.data", ["network_rules", 0, "default_action"]]}
}

test_missing_rules_reported if {
	findings := policy.deny with input as doc({"azurerm_storage_account": [account({})]})
	{f.path | some f in findings} == {["network_rules"]}
}

test_inline_deny_passes if {
	values := {"network_rules": [{"default_action": "Deny", "bypass": ["AzureServices"]}]}
	count(policy.deny) == 0 with input as doc({"azurerm_storage_account": [account(values)]})
}

test_private_account_passes if {
	count(policy.deny) == 0 with input as doc({"azurerm_storage_account": [account({"public_network_access_enabled": false})]})
	values := {"public_network_access_enabled": false, "network_rules": [{"default_action": "Allow"}]}
	count(policy.deny) == 0 with input as doc({"azurerm_storage_account": [account(values)]})
	count(policy.deny) == 0 with input as doc({"azurerm_storage_account": [account({"public_network_access_enabled": "${var.public}"})]})
}

test_split_deny_passes if {
	count(policy.deny) == 0 with input as doc({
		"azurerm_storage_account": [account({})],
		"azurerm_storage_account_network_rules": [rules("Deny", ["azurerm_storage_account.data"])],
	})
}

test_split_allow_reported_on_the_split_resource if {
	findings := policy.deny with input as doc({
		"azurerm_storage_account": [account({})],
		"azurerm_storage_account_network_rules": [rules("Allow", ["azurerm_storage_account.data"])],
	})
	{[f.resource, f.path] | some f in findings} == {["azurerm_storage_account_network_rules.data", ["default_action"]]}
}

test_split_rules_of_another_account_do_not_count if {
	findings := policy.deny with input as doc({
		"azurerm_storage_account": [account({})],
		"azurerm_storage_account_network_rules": [rules("Deny", ["azurerm_storage_account.other"])],
	})
	{f.resource | some f in findings} == {"azurerm_storage_account.data"}
}

test_split_rules_by_literal_name if {
	by_name := object.union(rules("Deny", []), {"values": {"storage_account_name": "acmedata", "default_action": "Deny"}})
	count(policy.deny) == 0 with input as doc({
		"azurerm_storage_account": [account({})],
		"azurerm_storage_account_network_rules": [by_name],
	})
}

test_unresolved_default_action_not_judged if {
	count(policy.deny) == 0 with input as doc({"azurerm_storage_account": [account({"network_rules": [{"default_action": "${var.action}"}]})]})
}
