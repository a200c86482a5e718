package srm.azure.synapse.managed_vnet_test

import data.srm.azure.synapse.managed_vnet as policy

workspace(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_synapse_workspace": [{
	"address": "azurerm_synapse_workspace.main", "type": "azurerm_synapse_workspace", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "synw-acme", "storage_data_lake_gen2_filesystem_id": "${azurerm_storage_data_lake_gen2_filesystem.main.id}"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as workspace(values)
}

test_missing_or_off_reported if {
	paths({}) == {["managed_virtual_network_enabled"]}
	paths({"managed_virtual_network_enabled": false}) == {["managed_virtual_network_enabled"]}
}

test_on_or_unresolved_passes if {
	count(paths({"managed_virtual_network_enabled": true})) == 0
	count(paths({"managed_virtual_network_enabled": "${var.managed_vnet}"})) == 0
}
