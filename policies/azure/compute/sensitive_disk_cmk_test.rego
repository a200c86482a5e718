package srm.azure.compute.sensitive_disk_cmk_test

import data.srm.azure.compute.sensitive_disk_cmk as policy

res(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {}, "values": object.union({"name": "disk"}, values),
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

restricted := {"tags": {"data-classification": "restricted"}}

test_sensitive_managed_disk_without_des_reported if {
	paths(res("azurerm_managed_disk", restricted)) == {["disk_encryption_set_id"]}
}

test_sensitive_vm_disks_without_des_reported if {
	values := object.union(restricted, {"os_disk": [{"caching": "ReadWrite"}]})
	paths(res("azurerm_linux_virtual_machine", values)) == {["os_disk", 0, "disk_encryption_set_id"]}
	vmss := object.union(restricted, {
		"os_disk": [{"disk_encryption_set_id": "${azurerm_disk_encryption_set.cmk.id}"}],
		"data_disk": [{"lun": 0}],
	})
	paths(res("azurerm_windows_virtual_machine_scale_set", vmss)) == {["data_disk", 0, "disk_encryption_set_id"]}
}

test_encryption_set_passes if {
	count(paths(res("azurerm_managed_disk", object.union(restricted, {"disk_encryption_set_id": "${azurerm_disk_encryption_set.cmk.id}"})))) == 0
	count(paths(res("azurerm_managed_disk", object.union(restricted, {"secure_vm_disk_encryption_set_id": "${var.des_id}"})))) == 0
	count(paths(res("azurerm_linux_virtual_machine", object.union(restricted, {"os_disk": [{"disk_encryption_set_id": "${var.des_id}"}]})))) == 0
}

test_unclassified_or_public_not_reported if {
	count(paths(res("azurerm_managed_disk", {}))) == 0
	count(paths(res("azurerm_managed_disk", {"tags": {"DataClassification": "public"}}))) == 0
	count(paths(res("azurerm_linux_virtual_machine", {"os_disk": [{"caching": "ReadWrite"}]}))) == 0
}
