# METADATA
# title: Key vault key has no expiration date
# description: >-
#   A key without an expiration date can be used forever, so a copy that leaked
#   or a key that should have been retired keeps working and nothing forces its
#   owners to rotate it. Setting an expiry makes the cryptoperiod explicit, lets
#   Key Vault and Defender for Cloud warn before it ends, and is required by CIS
#   and most key management policies. Azure does not set one by default.
# custom:
#   id: SRM-AZURE-KEYVAULT-004
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_key_vault_key]}
#   remediation: >-
#     Give the key a cryptoperiod: `expiration_date = "2027-06-30T00:00:00Z"` (for
#     example from `timeadd(timestamp(), "8760h")` in a variable), together with a
#     `rotation_policy` that rotates it before it expires.
#   frameworks: {cis-azure-2.1: ["8.1", "8.2"], nist-800-53: [SC-12]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/key-vault/keys/about-keys-details#key-attributes"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_key#expiration_date"
#   peers:
#     checkov: [CKV_AZURE_40]
#     kics: [key_expiration_not_set]
#     trivy: [AVD-AZU-0014]
package srm.azure.keyvault.key_expiration

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Key vault key %s has no expiration_date: it can be used indefinitely", [r.address]),
	"resource": r.address,
	"path": ["expiration_date"],
} if {
	some r in tf.resources("azurerm_key_vault_key")
	not has_value(r.values, "expiration_date")
}

has_value(values, attr) if {
	values[attr] != null
	values[attr] != ""
}
