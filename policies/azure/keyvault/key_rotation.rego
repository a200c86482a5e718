# METADATA
# title: Key vault key is not rotated automatically
# description: >-
#   A key that is never rotated protects ever more data with the same material,
#   so one leaked or broken key version exposes all of it, and manual rotation
#   tends not to happen. Key Vault can create a new key version on a schedule
#   (and services using versionless key URIs pick it up), but only when the key
#   has a rotation policy with an automatic trigger; Azure sets none by default.
# custom:
#   id: SRM-AZURE-KEYVAULT-005
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_key_vault_key]}
#   remediation: >-
#     Add a rotation policy: `rotation_policy { expire_after = "P1Y"
#     notify_before_expiry = "P30D" automatic { time_before_expiry = "P30D" } }`.
#   frameworks: {nist-800-53: [SC-12]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_key#rotation_policy"
#   peers:
#     kics: [azure_key_vault_key_rotation_disabled]
package srm.azure.keyvault.key_rotation

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Key vault key %s has no rotation_policy: it is never rotated automatically", [r.address]),
	"resource": r.address,
	"path": ["rotation_policy"],
} if {
	some r in tf.resources("azurerm_key_vault_key")
	count(tf.blocks(r.values, "rotation_policy")) == 0
}

deny contains {
	"msg": sprintf("Key vault key %s has a rotation_policy without an automatic block (time_after_creation or time_before_expiry): it only notifies, it never rotates", [r.address]),
	"resource": r.address,
	"path": ["rotation_policy", i, "automatic"],
} if {
	some r in tf.resources("azurerm_key_vault_key")
	some i, policy in tf.blocks(r.values, "rotation_policy")
	not has_trigger(policy)
}

has_trigger(policy) if {
	some automatic in tf.blocks(policy, "automatic")
	some attr in ["time_after_creation", "time_before_expiry"]
	automatic[attr] != null
}
