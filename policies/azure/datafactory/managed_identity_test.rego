package srm.azure.datafactory.managed_identity_test

import data.srm.azure.datafactory.managed_identity as policy

factory(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_data_factory": [{
	"address": "azurerm_data_factory.main", "type": "azurerm_data_factory", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "adf-acme"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as factory(values)
}

test_missing_identity_reported if {
	paths({}) == {["identity"]}
}

test_identity_passes if {
	count(paths({"identity": [{"type": "SystemAssigned"}]})) == 0
	count(paths({"identity": [{"type": "${var.identity_type}"}]})) == 0
}
