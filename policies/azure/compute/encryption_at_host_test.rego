package srm.azure.compute.encryption_at_host_test

import data.srm.azure.compute.encryption_at_host as policy

res(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {}, "values": object.union({"name": "vm"}, values),
}]}}

test_disabled_or_omitted_reported if {
	every type in policy.vm_types {
		findings := policy.deny with input as res(type, {})
		{f.path | some f in findings} == {["encryption_at_host_enabled"]}
		count(policy.deny) == 1 with input as res(type, {"encryption_at_host_enabled": false})
	}
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as res("azurerm_linux_virtual_machine", {"encryption_at_host_enabled": true})
	count(policy.deny) == 0 with input as res("azurerm_windows_virtual_machine", {"encryption_at_host_enabled": "${var.encrypt_at_host}"})
}

test_fix_turns_encryption_at_host_on if {
	off := policy.deny with input as res("azurerm_windows_virtual_machine", {"encryption_at_host_enabled": false})
	{f.fix | some f in off} == {[{"set": ["encryption_at_host_enabled"], "value": true}]}
	missing := policy.deny with input as res("azurerm_linux_virtual_machine_scale_set", {})
	{f.fix | some f in missing} == {[{"set": ["encryption_at_host_enabled"], "value": true}]}
}
