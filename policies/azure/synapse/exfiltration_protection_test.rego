package srm.azure.synapse.exfiltration_protection_test

import data.srm.azure.synapse.exfiltration_protection as policy

workspace(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_synapse_workspace": [{
	"address": "azurerm_synapse_workspace.main", "type": "azurerm_synapse_workspace", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "synw-acme", "managed_virtual_network_enabled": true}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as workspace(values)
}

test_missing_or_off_reported if {
	paths({}) == {["data_exfiltration_protection_enabled"]}
	paths({"data_exfiltration_protection_enabled": false}) == {["data_exfiltration_protection_enabled"]}
}

test_on_or_unresolved_passes if {
	count(paths({"data_exfiltration_protection_enabled": true})) == 0
	count(paths({"data_exfiltration_protection_enabled": "${var.dep}"})) == 0
}
