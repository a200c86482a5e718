package srm.azure.cosmosdb.local_auth_test

import data.srm.azure.cosmosdb.local_auth as policy

account(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_cosmosdb_account": [{
	"address": "azurerm_cosmosdb_account.main", "type": "azurerm_cosmosdb_account", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "cosmos-main", "offer_type": "Standard"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as account(values)
}

test_default_reported if {
	paths({}) == {["local_authentication_enabled"]}
	paths({"kind": "GlobalDocumentDB"}) == {["local_authentication_enabled"]}
}

test_keys_enabled_reported if {
	paths({"local_authentication_enabled": true}) == {["local_authentication_enabled"]}
	paths({"local_authentication_disabled": false}) == {["local_authentication_disabled"]}
}

test_keys_disabled_pass if {
	count(paths({"local_authentication_enabled": false})) == 0
	count(paths({"local_authentication_disabled": true})) == 0
	count(paths({"local_authentication_enabled": "${var.local_auth}"})) == 0
}

test_other_apis_not_judged if {
	count(paths({"kind": "MongoDB", "capabilities": [{"name": "EnableMongo"}]})) == 0
	count(paths({"capabilities": [{"name": "EnableCassandra"}]})) == 0
	policy.applies == set() with input as account({"kind": "MongoDB"})
	policy.applies == {"azurerm_cosmosdb_account.main"} with input as account({})
}

fixes(values) := result if {
	result := {f.fix | some f in policy.deny} with input as account(values)
}

test_fix_turns_local_authentication_off if {
	fixes({"local_authentication_enabled": true}) == {[{"set": ["local_authentication_enabled"], "value": false}]}
	fixes({"local_authentication_disabled": false}) == {[{"set": ["local_authentication_disabled"], "value": true}]}
	fixes({}) == {[{"set": ["local_authentication_enabled"], "value": false}]}
}
