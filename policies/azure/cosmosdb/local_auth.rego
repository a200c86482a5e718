# METADATA
# title: Cosmos DB account accepts account keys for data access
# description: >-
#   With local authentication on, the account's primary and secondary keys
#   (and the connection strings built from them) grant full read and write
#   access to every database and container: they are long-lived, shared by
#   every client, carry no identity in the logs and leak through app settings
#   and pipelines. Cosmos DB accepts them unless the customer turns local
#   authentication off, leaving Microsoft Entra ID and data-plane RBAC.
# custom:
#   id: SRM-AZURE-COSMOSDB-002
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_cosmosdb_account]}
#   remediation: >-
#     Authenticate clients with managed identities and `azurerm_cosmosdb_sql_role_assignment`,
#     then turn the keys off: `local_authentication_enabled = false`
#     (`local_authentication_disabled = true` before azurerm 4.78).
#   fix: {safety: unsafe, change: 'Sets `local_authentication_enabled = false` (azurerm 4.78 and later; `local_authentication_disabled = true` where that attribute is written); clients that authenticate with account keys or resource tokens are refused until they use Entra ID and data-plane role assignments.'}
#   frameworks: {nist-800-53: [IA-2, IA-5, AC-2]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-setup-rbac"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#local_authentication_enabled"
#   peers:
#     checkov: [CKV_AZURE_140]
package srm.azure.cosmosdb.local_auth

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cosmos DB account %s sets local_authentication_enabled = true: the account keys grant full data access", [r.address]),
	"resource": r.address,
	"path": ["local_authentication_enabled"],
	"fix": [{"set": ["local_authentication_enabled"], "value": false}],
} if {
	some r in sql_api_accounts
	tf.is_true(r.values.local_authentication_enabled)
}

deny contains {
	"msg": sprintf("Cosmos DB account %s sets local_authentication_disabled = false: the account keys grant full data access", [r.address]),
	"resource": r.address,
	"path": ["local_authentication_disabled"],
	"fix": [{"set": ["local_authentication_disabled"], "value": true}],
} if {
	some r in sql_api_accounts
	tf.is_false(r.values.local_authentication_disabled)
}

deny contains {
	"msg": sprintf("Cosmos DB account %s does not turn local authentication off (local_authentication_enabled defaults to true): the account keys grant full data access", [r.address]),
	"resource": r.address,
	"path": ["local_authentication_enabled"],
	"fix": [{"set": ["local_authentication_enabled"], "value": false}],
} if {
	some r in sql_api_accounts
	object.get(r.values, "local_authentication_enabled", null) == null
	object.get(r.values, "local_authentication_disabled", null) == null
}

# Local authentication can only be turned off on NoSQL (SQL API) accounts.
applies contains r.address if some r in sql_api_accounts

sql_api_accounts contains r if {
	some r in tf.resources("azurerm_cosmosdb_account")
	lower(object.get(r.values, "kind", "GlobalDocumentDB")) == "globaldocumentdb"
	not other_api(r.values)
}

other_api(values) if {
	some capability in tf.blocks(values, "capabilities")
	capability.name in {"EnableCassandra", "EnableGremlin", "EnableTable", "EnableMongo"}
}
