# METADATA
# title: Virtual machine does not encrypt its temp disk and disk caches at the host
# description: >-
#   Azure encrypts managed disks at rest, but a VM's temporary disk (which holds
#   the page or swap file) and the OS and data disk caches live on the host and
#   are not covered by that encryption. Encryption at host encrypts them too,
#   end to end from the host to storage. It is off unless the customer enables
#   it (the EncryptionAtHost feature must be registered on the subscription).
# custom:
#   id: SRM-AZURE-VM-002
#   severity: low
#   areas: [data-security]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_linux_virtual_machine, azurerm_windows_virtual_machine, azurerm_linux_virtual_machine_scale_set, azurerm_windows_virtual_machine_scale_set]
#   remediation: >-
#     Register the feature (`az feature register --namespace Microsoft.Compute
#     --name EncryptionAtHost`) and set `encryption_at_host_enabled = true`.
#   fix: {safety: unsafe, change: 'Sets `encryption_at_host_enabled = true`; the subscription must have the `EncryptionAtHost` feature registered, and the VM is deallocated and started again to apply it (scale sets apply it when instances are reimaged).'}
#   frameworks: {nist-800-53: [SC-28, SC-28(1)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#encryption_at_host_enabled"
#   peers:
#     checkov: [CKV_AZURE_97, CKV_AZURE_151]
package srm.azure.compute.encryption_at_host

import data.srm.lib.terraform as tf

vm_types := [
	"azurerm_linux_virtual_machine",
	"azurerm_windows_virtual_machine",
	"azurerm_linux_virtual_machine_scale_set",
	"azurerm_windows_virtual_machine_scale_set",
]

deny contains {
	"msg": sprintf("%s sets encryption_at_host_enabled = false: its temp disk and disk caches are not encrypted", [r.address]),
	"resource": r.address,
	"path": ["encryption_at_host_enabled"],
	"fix": [{"set": ["encryption_at_host_enabled"], "value": true}],
} if {
	some type in vm_types
	some r in tf.resources(type)
	tf.is_false(r.values.encryption_at_host_enabled)
}

deny contains {
	"msg": sprintf("%s does not set encryption_at_host_enabled (default false): its temp disk and disk caches are not encrypted", [r.address]),
	"resource": r.address,
	"path": ["encryption_at_host_enabled"],
	"fix": [{"set": ["encryption_at_host_enabled"], "value": true}],
} if {
	some type in vm_types
	some r in tf.resources(type)
	not "encryption_at_host_enabled" in object.keys(r.values)
}
