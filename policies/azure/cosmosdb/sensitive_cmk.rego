# METADATA
# title: Cosmos DB account with confidential data is not encrypted with a customer-managed key
# description: >-
#   Cosmos DB encrypts all data at rest with Microsoft-managed keys, but for
#   data classified confidential or restricted most policies require a key the
#   customer controls in Key Vault: its use is audited, it can be rotated on the
#   customer's schedule and revoking it makes the data unreadable
#   (crypto-shredding). Cosmos DB uses a customer-managed key only when one is
#   set at account creation.
# custom:
#   id: SRM-AZURE-COSMOSDB-004
#   severity: medium
#   areas: [data-security, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_cosmosdb_account]}
#   remediation: >-
#     Create the account with a key you control: `key_vault_key_id =
#     azurerm_key_vault_key.cosmos.versionless_id` (or `managed_hsm_key_id`), with
#     `default_identity_type` naming an identity that may use the key.
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-setup-customer-managed-keys"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#key_vault_key_id"
package srm.azure.cosmosdb.sensitive_cmk

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cosmos DB account %s holds %s data but sets no key_vault_key_id: it is encrypted with Microsoft-managed keys only", [r.address, concat("/", sort(tf.classifications(r.values)))]),
	"resource": r.address,
	"path": ["key_vault_key_id"],
} if {
	some r in sensitive_accounts
	object.get(r.values, "key_vault_key_id", null) == null
	object.get(r.values, "managed_hsm_key_id", null) == null
}

# Only accounts classified confidential or restricted are judged.
applies contains r.address if some r in sensitive_accounts

sensitive_accounts contains r if {
	some r in tf.resources("azurerm_cosmosdb_account")
	tf.is_sensitive(r.values)
}
