package srm.azure.tagging.data_classification_tag_test

import data.srm.azure.tagging.data_classification_tag as policy

res(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.this", [type]), "type": type, "name": "this",
	"mode": "managed", "file": "main.tf", "references": {}, "values": values,
}]}}

test_missing_tags_reported if {
	every type in policy.data_store_types {
		findings := policy.deny with input as res(type, {"name": "x"})
		{[f.resource, f.path] | some f in findings} == {[sprintf("%s.this", [type]), ["tags"]]}
	}
}

test_tags_without_classification_reported if {
	findings := policy.deny with input as res("azurerm_key_vault", {"tags": {"owner": "security", "classification": "x"}})
	{f.path | some f in findings} == {["tags"]}
	some f in findings
	contains(f.msg, "classification, owner")
}

test_classified_or_unknown_tags_pass if {
	count(policy.deny) == 0 with input as res("azurerm_storage_account", {"tags": {"data-classification": "internal"}})
	count(policy.deny) == 0 with input as res("azurerm_mssql_database", {"tags": {"DataClassification": "restricted", "owner": "x"}})
	count(policy.deny) == 0 with input as res("azurerm_cosmosdb_account", {"tags": "${local.tags}"})
	count(policy.deny) == 0 with input as res("azurerm_managed_disk", {"tags": {"${var.classification_key}": "internal"}})
}

test_other_types_ignored if {
	count(policy.deny) == 0 with input as res("azurerm_virtual_network", {"name": "vnet"})
}
