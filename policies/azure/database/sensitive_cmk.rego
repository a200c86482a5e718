# METADATA
# title: PostgreSQL or MySQL flexible server with confidential data is not encrypted with a customer-managed key
# description: >-
#   Flexible servers encrypt data, backups and logs at rest with
#   Microsoft-managed keys, but for data classified confidential or restricted
#   most policies require a key the customer holds in Key Vault: its use is
#   audited, it is rotated on the customer's schedule and revoking it makes the
#   server and its backups unreadable. A customer-managed key can only be chosen
#   when the server is created, and is not used unless the customer sets one.
# custom:
#   id: SRM-AZURE-DB-008
#   severity: medium
#   areas: [data-security, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_postgresql_flexible_server, azurerm_mysql_flexible_server]}
#   remediation: >-
#     Create the server with a key you control: `identity { type = "UserAssigned"
#     identity_ids = [azurerm_user_assigned_identity.db.id] }` and
#     `customer_managed_key { key_vault_key_id = azurerm_key_vault_key.db.id
#     primary_user_assigned_identity_id = azurerm_user_assigned_identity.db.id }`.
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-data-encryption"
#     - "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-customer-managed-key"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server#customer_managed_key"
package srm.azure.database.sensitive_cmk

import data.srm.lib.terraform as tf

server_types := ["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"]

deny contains {
	"msg": sprintf("%s holds %s data but has no customer_managed_key block: it is encrypted with Microsoft-managed keys only", [r.address, concat("/", sort(tf.classifications(r.values)))]),
	"resource": r.address,
	"path": ["customer_managed_key"],
} if {
	some r in sensitive_servers
	count(tf.blocks(r.values, "customer_managed_key")) == 0
}

# Only servers classified confidential or restricted are judged.
applies contains r.address if some r in sensitive_servers

sensitive_servers contains r if {
	some type in server_types
	some r in tf.resources(type)
	tf.is_sensitive(r.values)
}
