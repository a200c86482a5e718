package srm.azure.storage.blob_soft_delete_test

import data.srm.azure.storage.blob_soft_delete as policy

account(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_storage_account": [{
	"address": "azurerm_storage_account.data", "type": "azurerm_storage_account", "name": "data",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "acmedata", "account_tier": "Standard", "account_replication_type": "GRS"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as account(values)
}

test_missing_blob_properties_reported if {
	paths({}) == {["blob_properties"]}
}

test_missing_retention_policy_reported if {
	paths({"blob_properties": [{"versioning_enabled": true}]}) == {["blob_properties", 0, "delete_retention_policy"]}
}

test_short_retention_reported if {
	paths({"blob_properties": [{"delete_retention_policy": [{"days": 1}]}]}) == {["blob_properties", 0, "delete_retention_policy", 0, "days"]}
	paths({"blob_properties": [{"delete_retention_policy": [{"days": "3"}]}]}) == {["blob_properties", 0, "delete_retention_policy", 0, "days"]}
}

test_soft_delete_passes if {
	count(paths({"blob_properties": [{"delete_retention_policy": [{}]}]})) == 0
	count(paths({"blob_properties": [{"delete_retention_policy": [{"days": 30}]}]})) == 0
	count(paths({"blob_properties": {"delete_retention_policy": {"days": 7}}})) == 0
}

test_file_storage_and_unresolved_not_reported if {
	count(paths({"account_kind": "FileStorage", "account_tier": "Premium"})) == 0
	count(paths({"blob_properties": [{"delete_retention_policy": [{"days": "${var.days}"}]}]})) == 0
}

fixes(values) := result if {
	result := {f.fix | some f in policy.deny} with input as account(values)
}

test_fix_keeps_deleted_blobs_for_the_minimum if {
	fixes({}) == {[{"set": ["blob_properties", 0, "delete_retention_policy", 0, "days"], "value": 7}]}
	fixes({"blob_properties": [{"versioning_enabled": true}]}) == {[{"set": ["blob_properties", 0, "delete_retention_policy", 0, "days"], "value": 7}]}
	fixes({"blob_properties": [{"delete_retention_policy": [{"days": 1}]}]}) == {[{"set": ["blob_properties", 0, "delete_retention_policy", 0, "days"], "value": 7}]}
}
