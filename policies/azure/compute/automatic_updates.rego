# METADATA
# title: Windows virtual machine does not install OS updates automatically
# description: >-
#   A Windows VM with automatic updates off or `patch_mode = "Manual"` only gets
#   security patches when someone installs them, so known vulnerabilities in the
#   guest OS stay exploitable for weeks or forever. Patching the guest OS is the
#   customer's duty in IaaS; Azure turns Windows Update on by default for
#   `azurerm_windows_virtual_machine` (`AutomaticByOS`), but the legacy
#   `azurerm_virtual_machine` leaves automatic upgrades off unless enabled.
# custom:
#   id: SRM-AZURE-VM-004
#   severity: medium
#   areas: [vulnerability-management, guest-os]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_windows_virtual_machine, azurerm_windows_virtual_machine_scale_set, azurerm_virtual_machine]
#   remediation: >-
#     Let Azure orchestrate patching: `patch_mode = "AutomaticByPlatform"` with
#     `patch_assessment_mode = "AutomaticByPlatform"` (or keep the default
#     `AutomaticByOS`) and `automatic_updates_enabled = true`
#     (`enable_automatic_updates` before azurerm 4.0); legacy VMs:
#     `os_profile_windows_config { enable_automatic_upgrades = true }`.
#   frameworks: {nist-800-53: [SI-2, SI-2(2)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/virtual-machines/automatic-vm-guest-patching"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/windows_virtual_machine#patch_mode"
#   peers:
#     checkov: [CKV_AZURE_177]
package srm.azure.compute.automatic_updates

import data.srm.lib.terraform as tf

windows_types := ["azurerm_windows_virtual_machine", "azurerm_windows_virtual_machine_scale_set"]

# azurerm 4.x name, then the azurerm 3.x name (both default to true).
update_attributes := ["automatic_updates_enabled", "enable_automatic_updates"]

deny contains {
	"msg": sprintf("%s sets %s = false: Windows Update does not install patches automatically", [r.address, attr]),
	"resource": r.address,
	"path": [attr],
} if {
	some type in windows_types
	some r in tf.resources(type)
	some attr in update_attributes
	tf.is_false(r.values[attr])
}

deny contains {
	"msg": sprintf("%s sets patch_mode = %q: guest OS patches are only installed by hand", [r.address, r.values.patch_mode]),
	"resource": r.address,
	"path": ["patch_mode"],
} if {
	some type in windows_types
	some r in tf.resources(type)
	is_string(r.values.patch_mode)
	lower(r.values.patch_mode) == "manual"
}

# Legacy azurerm_virtual_machine: enable_automatic_upgrades defaults to false.
deny contains {
	"msg": sprintf("%s does not set os_profile_windows_config.enable_automatic_upgrades = true (default false): Windows Update does not install patches automatically", [r.address]),
	"resource": r.address,
	"path": ["os_profile_windows_config", i, "enable_automatic_upgrades"],
} if {
	some r in tf.resources("azurerm_virtual_machine")
	some i, config in tf.blocks(r.values, "os_profile_windows_config")
	not upgrades_on_or_unknown(config)
}

upgrades_on_or_unknown(config) if tf.is_true(config.enable_automatic_upgrades)

upgrades_on_or_unknown(config) if tf.is_unresolved(config.enable_automatic_upgrades)
