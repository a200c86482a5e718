# METADATA
# title: Linux virtual machine allows SSH password authentication
# description: >-
#   With password authentication enabled, sshd on the VM accepts passwords, so
#   anyone who can reach port 22 can guess or spray credentials, and a reused
#   or leaked password is enough to log in. SSH keys (or Entra ID login) cannot
#   be brute-forced this way. Azure and the azurerm provider disable password
#   authentication on Linux VMs by default; enabling it is a customer choice
#   about the guest OS.
#   There is no automatic fix: turning passwords off needs an `admin_ssh_key` the
#   customer provides, and forces a new VM.
# custom:
#   id: SRM-AZURE-VM-001
#   severity: high
#   areas: [guest-os, iam]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_linux_virtual_machine, azurerm_linux_virtual_machine_scale_set, azurerm_virtual_machine, azurerm_virtual_machine_scale_set]
#   remediation: >-
#     Use SSH keys only: remove the attribute or set
#     `disable_password_authentication = true` and add
#     `admin_ssh_key { username = "azureuser" public_key = var.admin_ssh_public_key }`
#     (legacy `azurerm_virtual_machine`: in `os_profile_linux_config`).
#   frameworks: {nist-800-53: [IA-2, IA-5, AC-17]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/virtual-machines/linux/create-ssh-keys-detailed"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#disable_password_authentication"
#   peers:
#     checkov: [CKV_AZURE_1, CKV_AZURE_49, CKV_AZURE_149]
#     kics: [azure_instance_using_basic_authentication]
#     trivy: [AVD-AZU-0039]
package srm.azure.compute.password_authentication

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s sets disable_password_authentication = false: sshd accepts passwords", [r.address]),
	"resource": r.address,
	"path": ["disable_password_authentication"],
} if {
	some type in ["azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set"]
	some r in tf.resources(type)
	tf.is_false(r.values.disable_password_authentication)
}

# Legacy azurerm_virtual_machine / azurerm_virtual_machine_scale_set.
deny contains {
	"msg": sprintf("%s sets os_profile_linux_config.disable_password_authentication = false: sshd accepts passwords", [r.address]),
	"resource": r.address,
	"path": ["os_profile_linux_config", i, "disable_password_authentication"],
} if {
	some type in ["azurerm_virtual_machine", "azurerm_virtual_machine_scale_set"]
	some r in tf.resources(type)
	some i, config in tf.blocks(r.values, "os_profile_linux_config")
	tf.is_false(config.disable_password_authentication)
}
