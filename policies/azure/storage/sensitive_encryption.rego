# METADATA
# title: Storage account with confidential data has neither a customer-managed key nor infrastructure encryption
# description: >-
#   Azure encrypts every storage account at rest with Microsoft-managed keys, but
#   for data classified confidential or restricted that single layer is not
#   enough for most policies: a customer-managed key in Key Vault lets the
#   customer control, rotate, audit and revoke access to the data (crypto-shredding),
#   and infrastructure encryption adds a second, independent layer of encryption
#   against a compromise of one algorithm or key. Neither is on by default; the
#   customer must choose one for its sensitive accounts.
#   There is no automatic fix: the key is the customer's choice, and
#   `infrastructure_encryption_enabled` forces a new account, which would destroy
#   the data it holds.
# custom:
#   id: SRM-AZURE-STORAGE-006
#   severity: medium
#   areas: [data-security, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_storage_account, azurerm_storage_account_customer_managed_key]}
#   remediation: >-
#     Encrypt with a key you control: `customer_managed_key { key_vault_key_id =
#     azurerm_key_vault_key.storage.id user_assigned_identity_id =
#     azurerm_user_assigned_identity.storage.id }` (or an
#     `azurerm_storage_account_customer_managed_key` resource), and/or set
#     `infrastructure_encryption_enabled = true` when creating the account.
#   frameworks: {cis-azure-2.1: ["3.2", "3.12"], nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/storage/common/customer-managed-keys-overview"
#     - "https://learn.microsoft.com/en-us/azure/storage/common/infrastructure-encryption-enable"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_customer_managed_key"
package srm.azure.storage.sensitive_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Storage account %s holds %s data but is encrypted only with Microsoft-managed keys: no customer_managed_key block, no azurerm_storage_account_customer_managed_key and no infrastructure_encryption_enabled = true", [r.address, concat("/", sort(tf.classifications(r.values)))]),
	"resource": r.address,
	"path": ["customer_managed_key"],
} if {
	some r in tf.resources("azurerm_storage_account")
	tf.is_sensitive(r.values)
	count(tf.blocks(r.values, "customer_managed_key")) == 0
	not has_split_key(r)
	not infrastructure_encryption_decided(r.values)
}

# infrastructure_encryption_enabled = true, or an expression we cannot judge.
infrastructure_encryption_decided(values) if tf.is_true(values.infrastructure_encryption_enabled)

infrastructure_encryption_decided(values) if tf.is_unresolved(values.infrastructure_encryption_enabled)

# has_split_key(account): an azurerm_storage_account_customer_managed_key whose
# storage_account_id refers to the account (looked up in the index of references).
has_split_key(account) if tf.has_referrer("azurerm_storage_account_customer_managed_key", "storage_account_id", account.address)
