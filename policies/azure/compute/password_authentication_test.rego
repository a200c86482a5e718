package srm.azure.compute.password_authentication_test

import data.srm.azure.compute.password_authentication as policy

res(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {}, "values": object.union({"name": "vm"}, values),
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

test_password_authentication_reported if {
	paths(res("azurerm_linux_virtual_machine", {"disable_password_authentication": false})) == {["disable_password_authentication"]}
	paths(res("azurerm_linux_virtual_machine_scale_set", {"disable_password_authentication": "false"})) == {["disable_password_authentication"]}
	paths(res("azurerm_virtual_machine", {"os_profile_linux_config": [{"disable_password_authentication": false}]})) == {["os_profile_linux_config", 0, "disable_password_authentication"]}
}

test_keys_only_passes if {
	count(paths(res("azurerm_linux_virtual_machine", {}))) == 0
	count(paths(res("azurerm_linux_virtual_machine", {"disable_password_authentication": true}))) == 0
	count(paths(res("azurerm_virtual_machine", {"os_profile_linux_config": [{"disable_password_authentication": true}]}))) == 0
	count(paths(res("azurerm_linux_virtual_machine", {"disable_password_authentication": "${var.allow_passwords}"}))) == 0
}
