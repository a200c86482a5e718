package srm.azure.cosmosdb.key_metadata_writes_test

import data.srm.azure.cosmosdb.key_metadata_writes as policy

account(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_cosmosdb_account": [{
	"address": "azurerm_cosmosdb_account.main", "type": "azurerm_cosmosdb_account", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "cosmos-main", "offer_type": "Standard"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as account(values)
}

test_default_and_enabled_reported if {
	paths({}) == {["access_key_metadata_writes_enabled"]}
	paths({"access_key_metadata_writes_enabled": true}) == {["access_key_metadata_writes_enabled"]}
}

test_disabled_or_unresolved_passes if {
	count(paths({"access_key_metadata_writes_enabled": false})) == 0
	count(paths({"access_key_metadata_writes_enabled": "${var.metadata_writes}"})) == 0
}

test_accounts_without_keys_not_judged if {
	count(paths({"local_authentication_enabled": false})) == 0
	count(paths({"local_authentication_disabled": true})) == 0
	policy.applies == set() with input as account({"local_authentication_enabled": false})
	policy.applies == {"azurerm_cosmosdb_account.main"} with input as account({"local_authentication_enabled": "${var.local_auth}"})
}

test_fix_turns_key_metadata_writes_off if {
	explicit := policy.deny with input as account({"access_key_metadata_writes_enabled": true})
	{f.fix | some f in explicit} == {[{"set": ["access_key_metadata_writes_enabled"], "value": false}]}
	missing := policy.deny with input as account({})
	{f.fix | some f in missing} == {[{"set": ["access_key_metadata_writes_enabled"], "value": false}]}
}
