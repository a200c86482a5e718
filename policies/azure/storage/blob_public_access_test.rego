package srm.azure.storage.blob_public_access_test

import data.srm.azure.storage.blob_public_access as policy

account(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_storage_account": [{
	"address": "azurerm_storage_account.data", "type": "azurerm_storage_account", "name": "data",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "acmedata", "account_tier": "Standard", "account_replication_type": "GRS"}, values),
}]}}

test_public_nested_items_reported if {
	findings := policy.deny with input as account({"allow_nested_items_to_be_public": true})
	{[f.resource, f.path] | some f in findings} == {["azurerm_storage_account.data", ["allow_nested_items_to_be_public"]]}
}

test_legacy_attribute_reported if {
	findings := policy.deny with input as account({"allow_blob_public_access": "true"})
	{f.path | some f in findings} == {["allow_blob_public_access"]}
}

test_omitted_attribute_reported_as_default_true if {
	findings := policy.deny with input as account({})
	{f.path | some f in findings} == {["allow_nested_items_to_be_public"]}
}

test_disallowed_passes if {
	count(policy.deny) == 0 with input as account({"allow_nested_items_to_be_public": false})
	count(policy.deny) == 0 with input as account({"allow_blob_public_access": false})
}

test_file_storage_and_unresolved_not_reported if {
	count(policy.deny) == 0 with input as account({"account_kind": "FileStorage", "account_tier": "Premium"})
	count(policy.deny) == 0 with input as account({"allow_nested_items_to_be_public": "${var.public}"})
}

test_fix_disallows_public_nested_items if {
	explicit := policy.deny with input as account({"allow_blob_public_access": true})
	{f.fix | some f in explicit} == {[{"set": ["allow_blob_public_access"], "value": false}]}
	missing := policy.deny with input as account({})
	{f.fix | some f in missing} == {[{"set": ["allow_nested_items_to_be_public"], "value": false}]}
}
