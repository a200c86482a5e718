package srm.azure.compute.automatic_updates_test

import data.srm.azure.compute.automatic_updates as policy

res(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {}, "values": object.union({"name": "vm"}, values),
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

test_updates_disabled_reported if {
	paths(res("azurerm_windows_virtual_machine", {"automatic_updates_enabled": false, "patch_mode": "Manual"})) == {["automatic_updates_enabled"], ["patch_mode"]}
	paths(res("azurerm_windows_virtual_machine", {"enable_automatic_updates": "false"})) == {["enable_automatic_updates"]}
	paths(res("azurerm_windows_virtual_machine_scale_set", {"enable_automatic_updates": false})) == {["enable_automatic_updates"]}
}

test_legacy_vm_default_reported if {
	paths(res("azurerm_virtual_machine", {"os_profile_windows_config": [{"provision_vm_agent": true}]})) == {["os_profile_windows_config", 0, "enable_automatic_upgrades"]}
	paths(res("azurerm_virtual_machine", {"os_profile_windows_config": [{"enable_automatic_upgrades": false}]})) == {["os_profile_windows_config", 0, "enable_automatic_upgrades"]}
}

test_automatic_patching_passes if {
	count(paths(res("azurerm_windows_virtual_machine", {}))) == 0
	count(paths(res("azurerm_windows_virtual_machine", {"patch_mode": "AutomaticByPlatform", "automatic_updates_enabled": true}))) == 0
	count(paths(res("azurerm_windows_virtual_machine", {"patch_mode": "${var.patch_mode}"}))) == 0
	count(paths(res("azurerm_virtual_machine", {"os_profile_windows_config": [{"enable_automatic_upgrades": true}]}))) == 0
	count(paths(res("azurerm_virtual_machine", {"os_profile_windows_config": [{"enable_automatic_upgrades": "${var.auto}"}]}))) == 0
	count(paths(res("azurerm_virtual_machine", {"os_profile_linux_config": [{"disable_password_authentication": true}]}))) == 0
}
