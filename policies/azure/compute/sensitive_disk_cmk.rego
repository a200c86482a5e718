# METADATA
# title: Disk with confidential data is not encrypted with a customer-managed key
# description: >-
#   Managed disks are always encrypted with platform-managed keys, which the
#   customer can neither rotate, audit nor revoke. For disks and virtual
#   machines classified confidential or restricted, a disk encryption set with a
#   customer-managed key in Key Vault keeps control of the key with the
#   customer: access can be cut off by disabling the key, and every use is
#   logged. Azure uses platform keys unless a disk encryption set is assigned.
# custom:
#   id: SRM-AZURE-VM-003
#   severity: medium
#   areas: [data-security, compliance]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_managed_disk, azurerm_linux_virtual_machine, azurerm_windows_virtual_machine, azurerm_linux_virtual_machine_scale_set, azurerm_windows_virtual_machine_scale_set]
#   remediation: >-
#     Create an `azurerm_disk_encryption_set` with a Key Vault key and assign it:
#     `disk_encryption_set_id = azurerm_disk_encryption_set.cmk.id` on the managed
#     disk, and in the `os_disk` (and `data_disk`) blocks of the VM or scale set.
#   frameworks: {cis-azure-2.1: ["7.3"], nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#customer-managed-keys"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/disk_encryption_set"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/managed_disk#disk_encryption_set_id"
package srm.azure.compute.sensitive_disk_cmk

import data.srm.lib.terraform as tf

vm_types := [
	"azurerm_linux_virtual_machine",
	"azurerm_windows_virtual_machine",
	"azurerm_linux_virtual_machine_scale_set",
	"azurerm_windows_virtual_machine_scale_set",
]

deny contains {
	"msg": sprintf("Managed disk %s holds %s data but has no disk_encryption_set_id: it is encrypted with platform-managed keys only", [r.address, classes(r.values)]),
	"resource": r.address,
	"path": ["disk_encryption_set_id"],
} if {
	some r in tf.resources("azurerm_managed_disk")
	tf.is_sensitive(r.values)
	not uses_encryption_set(r.values)
}

deny contains {
	"msg": sprintf("%s holds %s data but its %s has no disk_encryption_set_id: it is encrypted with platform-managed keys only", [r.address, classes(r.values), block]),
	"resource": r.address,
	"path": [block, i, "disk_encryption_set_id"],
} if {
	some type in vm_types
	some r in tf.resources(type)
	tf.is_sensitive(r.values)
	some block in ["os_disk", "data_disk"]
	some i, disk in tf.blocks(r.values, block)
	not uses_encryption_set(disk)
}

uses_encryption_set(values) if {
	some attr in ["disk_encryption_set_id", "secure_vm_disk_encryption_set_id"]
	values[attr] != null
}

classes(values) := concat("/", sort(tf.classifications(values)))
