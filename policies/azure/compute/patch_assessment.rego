# METADATA
# title: Virtual machine does not check for missing OS updates periodically
# description: >-
#   With `patch_assessment_mode = "AutomaticByPlatform"` Azure Update Manager
#   assesses every VM for missing security and critical updates every 24 hours,
#   so unpatched machines show up in Update Manager, Defender for Cloud and Azure
#   Resource Graph instead of staying invisible until an incident. Keeping the
#   guest OS patched is the customer's duty in IaaS; both Linux and Windows VMs
#   default to `ImageDefault`, under which nobody triggers an assessment.
#   A VM with `provision_vm_agent = false` or an existing OS disk
#   (`os_managed_disk_id`) gets no automatic fix: platform assessment needs the VM
#   agent, which only a new VM gets, and the provider cannot change the OS profile
#   of a VM attached to an existing disk.
# custom:
#   id: SRM-AZURE-VM-005
#   severity: low
#   areas: [vulnerability-management, guest-os]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_linux_virtual_machine, azurerm_windows_virtual_machine]}
#   remediation: >-
#     Let the platform assess updates: `patch_assessment_mode =
#     "AutomaticByPlatform"` (requires `provision_vm_agent = true`, the default),
#     ideally with `patch_mode = "AutomaticByPlatform"`.
#   fix: {safety: safe, change: 'Sets `patch_assessment_mode = "AutomaticByPlatform"` on VMs that run the VM agent and were not created from an existing OS disk; Azure only assesses missing updates every 24 hours and installs nothing.'}
#   frameworks: {nist-800-53: [RA-5, SI-2]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/update-manager/assessment-options"
#     - "https://learn.microsoft.com/en-us/azure/virtual-machines/automatic-vm-guest-patching"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#patch_assessment_mode"
package srm.azure.compute.patch_assessment

import data.srm.lib.terraform as tf

vm_types := ["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine"]

deny contains object.union({
	"msg": sprintf("%s sets patch_assessment_mode = %q: missing OS updates are not assessed periodically", [r.address, r.values.patch_assessment_mode]),
	"resource": r.address,
	"path": ["patch_assessment_mode"],
}, fix(r.values)) if {
	some type in vm_types
	some r in tf.resources(type)
	is_string(r.values.patch_assessment_mode)
	lower(r.values.patch_assessment_mode) == "imagedefault"
}

deny contains object.union({
	"msg": sprintf("%s does not set patch_assessment_mode (it defaults to ImageDefault): missing OS updates are not assessed periodically", [r.address]),
	"resource": r.address,
	"path": ["patch_assessment_mode"],
}, fix(r.values)) if {
	some type in vm_types
	some r in tf.resources(type)
	object.get(r.values, "patch_assessment_mode", null) == null
}

# The fix, for a VM that runs the VM agent (provision_vm_agent defaults to true)
# and was not created from an existing OS disk (whose OS profile the provider
# cannot change); {} otherwise.
fix(values) := {"fix": [{"set": ["patch_assessment_mode"], "value": "AutomaticByPlatform"}]} if not unfixable(values)

fix(values) := {} if unfixable(values)

unfixable(values) if tf.is_false(values.provision_vm_agent)

unfixable(values) if object.get(values, "os_managed_disk_id", null) != null
