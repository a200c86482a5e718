package srm.azure.cosmosdb.sensitive_cmk_test

import data.srm.azure.cosmosdb.sensitive_cmk as policy

account(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_cosmosdb_account": [{
	"address": "azurerm_cosmosdb_account.main", "type": "azurerm_cosmosdb_account", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "cosmos-main", "offer_type": "Standard"}, values),
}]}}

confidential := {"tags": {"data-classification": "confidential"}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as account(values)
}

test_confidential_without_key_reported if {
	paths(confidential) == {["key_vault_key_id"]}
	paths({"tags": {"DataClassification": "Restricted"}}) == {["key_vault_key_id"]}
}

test_key_set_passes if {
	count(paths(object.union(confidential, {"key_vault_key_id": "${azurerm_key_vault_key.cosmos.versionless_id}"}))) == 0
	count(paths(object.union(confidential, {"managed_hsm_key_id": "${var.hsm_key_id}"}))) == 0
}

test_other_classes_not_judged if {
	count(paths({})) == 0
	count(paths({"tags": {"data-classification": "internal"}})) == 0
	policy.applies == set() with input as account({"tags": {"data-classification": "public"}})
	policy.applies == {"azurerm_cosmosdb_account.main"} with input as account(confidential)
}
