package srm.azure.synapse.entra_only_auth_test

import data.srm.azure.synapse.entra_only_auth as policy

workspace(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_synapse_workspace": [{
	"address": "azurerm_synapse_workspace.main", "type": "azurerm_synapse_workspace", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "synw-acme", "sql_administrator_login": "sqladmin"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as workspace(values)
}

test_missing_or_off_reported if {
	paths({}) == {["azuread_authentication_only"]}
	paths({"azuread_authentication_only": false}) == {["azuread_authentication_only"]}
}

test_on_or_unresolved_passes if {
	count(paths({"azuread_authentication_only": true})) == 0
	count(paths({"azuread_authentication_only": "${var.entra_only}"})) == 0
}
