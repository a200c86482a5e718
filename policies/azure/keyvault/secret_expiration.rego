# METADATA
# title: Key vault secret has no expiration date
# description: >-
#   Secrets such as passwords, connection strings and API tokens that never
#   expire stay valid long after they were copied to a laptop, a log or a
#   former employee's notes, and nothing prompts their owners to rotate them.
#   An expiration date makes the rotation deadline visible to Key Vault, Event
#   Grid notifications and Defender for Cloud. Azure sets none by default.
# custom:
#   id: SRM-AZURE-KEYVAULT-006
#   severity: low
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_key_vault_secret]}
#   remediation: >-
#     Set the rotation deadline: `expiration_date = "2026-12-31T00:00:00Z"`, and
#     rotate the secret (and the credential it holds) before that date.
#   frameworks: {cis-azure-2.1: ["8.3", "8.4"], nist-800-53: [IA-5, SC-12]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/key-vault/secrets/about-secrets"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_secret#expiration_date"
#   peers:
#     checkov: [CKV_AZURE_41]
#     kics: [secret_expiration_not_set]
#     trivy: [AVD-AZU-0017]
package srm.azure.keyvault.secret_expiration

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Key vault secret %s has no expiration_date: it stays valid indefinitely", [r.address]),
	"resource": r.address,
	"path": ["expiration_date"],
} if {
	some r in tf.resources("azurerm_key_vault_secret")
	not has_value(r.values, "expiration_date")
}

has_value(values, attr) if {
	values[attr] != null
	values[attr] != ""
}
