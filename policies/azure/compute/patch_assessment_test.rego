package srm.azure.compute.patch_assessment_test

import data.srm.azure.compute.patch_assessment as policy

vm(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.vm", [type]), "type": type, "name": "vm", "mode": "managed", "file": "main.tf",
	"values": object.union({"name": "vm", "size": "Standard_B2s"}, values), "references": {},
}]}}

test_platform_assessment_passes if {
	count(policy.deny) == 0 with input as vm("azurerm_linux_virtual_machine", {"patch_assessment_mode": "AutomaticByPlatform"})
	count(policy.deny) == 0 with input as vm("azurerm_windows_virtual_machine", {"patch_assessment_mode": "AutomaticByPlatform", "patch_mode": "AutomaticByPlatform"})
}

test_unresolved_value_not_reported if {
	count(policy.deny) == 0 with input as vm("azurerm_linux_virtual_machine", {"patch_assessment_mode": "${var.assessment}"})
}

test_image_default_reported if {
	findings := policy.deny with input as vm("azurerm_windows_virtual_machine", {"patch_assessment_mode": "ImageDefault"})
	{[f.resource, f.path] | some f in findings} == {["azurerm_windows_virtual_machine.vm", ["patch_assessment_mode"]]}
}

test_missing_mode_reported if {
	findings := policy.deny with input as vm("azurerm_linux_virtual_machine", {})
	{[f.resource, f.path] | some f in findings} == {["azurerm_linux_virtual_machine.vm", ["patch_assessment_mode"]]}
	count(policy.deny) == 1 with input as vm("azurerm_windows_virtual_machine", {"patch_assessment_mode": null})
}

test_other_types_ignored if {
	count(policy.deny) == 0 with input as vm("azurerm_virtual_machine", {})
}

test_fix_sets_platform_assessment_when_the_agent_runs if {
	explicit := policy.deny with input as vm("azurerm_linux_virtual_machine", {"patch_assessment_mode": "ImageDefault"})
	{f.fix | some f in explicit} == {[{"set": ["patch_assessment_mode"], "value": "AutomaticByPlatform"}]}
	missing := policy.deny with input as vm("azurerm_windows_virtual_machine", {"provision_vm_agent": true})
	{f.fix | some f in missing} == {[{"set": ["patch_assessment_mode"], "value": "AutomaticByPlatform"}]}
	no_agent := policy.deny with input as vm("azurerm_linux_virtual_machine", {"provision_vm_agent": false})
	count(no_agent) == 1
	every f in no_agent {
		not "fix" in object.keys(f)
	}
	existing_disk := policy.deny with input as vm("azurerm_windows_virtual_machine", {"os_managed_disk_id": "${azurerm_managed_disk.os.id}"})
	count(existing_disk) == 1
	every f in existing_disk {
		not "fix" in object.keys(f)
	}
}
