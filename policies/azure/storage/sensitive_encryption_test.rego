package srm.azure.storage.sensitive_encryption_test

import data.srm.azure.storage.sensitive_encryption as policy

account(values) := {
	"address": "azurerm_storage_account.data", "type": "azurerm_storage_account", "name": "data",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "acmedata", "account_tier": "Standard", "account_replication_type": "GRS"}, values),
}

cmk(target) := {
	"address": "azurerm_storage_account_customer_managed_key.data", "type": "azurerm_storage_account_customer_managed_key",
	"name": "data", "mode": "managed", "file": "main.tf",
	"references": {"storage_account_id": [target]},
	"values": {"storage_account_id": sprintf("${%s.id}", [target]), "key_vault_id": "${azurerm_key_vault.kv.id}", "key_name": "storage"},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

confidential := {"tags": {"data-classification": "Confidential"}}

test_confidential_account_without_cmk_reported if {
	findings := policy.deny with input as doc({"azurerm_storage_account": [account(confidential)]})
	{[f.resource, f.path] | some f in findings} == {["azurerm_storage_account.data", ["customer_managed_key"]]}
	count(policy.deny) == 1 with input as doc({"azurerm_storage_account": [account({"tags": {"DataClassification": "restricted"}, "infrastructure_encryption_enabled": false})]})
}

test_inline_or_split_cmk_passes if {
	inline := object.union(confidential, {"customer_managed_key": [{"key_vault_key_id": "${azurerm_key_vault_key.k.id}"}]})
	count(policy.deny) == 0 with input as doc({"azurerm_storage_account": [account(inline)]})
	count(policy.deny) == 0 with input as doc({
		"azurerm_storage_account": [account(confidential)],
		"azurerm_storage_account_customer_managed_key": [cmk("azurerm_storage_account.data")],
	})
}

test_cmk_of_another_account_does_not_count if {
	count(policy.deny) == 1 with input as doc({
		"azurerm_storage_account": [account(confidential)],
		"azurerm_storage_account_customer_managed_key": [cmk("azurerm_storage_account.other")],
	})
}

test_infrastructure_encryption_passes if {
	count(policy.deny) == 0 with input as doc({"azurerm_storage_account": [account(object.union(confidential, {"infrastructure_encryption_enabled": true}))]})
	count(policy.deny) == 0 with input as doc({"azurerm_storage_account": [account(object.union(confidential, {"infrastructure_encryption_enabled": "${var.double}"}))]})
}

test_unclassified_or_internal_not_reported if {
	count(policy.deny) == 0 with input as doc({"azurerm_storage_account": [account({})]})
	count(policy.deny) == 0 with input as doc({"azurerm_storage_account": [account({"tags": {"data-classification": "internal"}})]})
	count(policy.deny) == 0 with input as doc({"azurerm_storage_account": [account({"tags": "${local.tags}"})]})
}
