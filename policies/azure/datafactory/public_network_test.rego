package srm.azure.datafactory.public_network_test

import data.srm.azure.datafactory.public_network as policy

factory(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_data_factory": [{
	"address": "azurerm_data_factory.main", "type": "azurerm_data_factory", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "adf-acme"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as factory(values)
}

test_public_reported if {
	paths({}) == {["public_network_enabled"]}
	paths({"public_network_enabled": true}) == {["public_network_enabled"]}
}

test_private_or_unresolved_passes if {
	count(paths({"public_network_enabled": false})) == 0
	count(paths({"public_network_enabled": "${var.public}"})) == 0
}

test_fix_turns_the_public_network_off if {
	explicit := policy.deny with input as factory({"public_network_enabled": true})
	{f.fix | some f in explicit} == {[{"set": ["public_network_enabled"], "value": false}]}
	missing := policy.deny with input as factory({})
	{f.fix | some f in missing} == {[{"set": ["public_network_enabled"], "value": false}]}
}
