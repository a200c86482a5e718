# METADATA
# title: Cosmos DB account keys can change databases, containers and throughput
# description: >-
#   By default an account key can also create and delete databases and
#   containers and change their throughput and indexing, so any application or
#   person holding a connection string can drop a container or run up the bill,
#   and none of it goes through Azure RBAC or the activity log. Cosmos DB allows
#   such metadata writes with keys unless the customer turns them off, which
#   moves management operations to Azure Resource Manager.
# custom:
#   id: SRM-AZURE-COSMOSDB-003
#   severity: low
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_cosmosdb_account]}
#   remediation: >-
#     Manage databases and containers through Terraform / Resource Manager and
#     set `access_key_metadata_writes_enabled = false`.
#   fix: {safety: unsafe, change: 'Sets `access_key_metadata_writes_enabled = false`; applications or SDK calls that create databases or containers, or change throughput, with an account key fail.'}
#   frameworks: {nist-800-53: [AC-3, AC-6]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/cosmos-db/role-based-access-control"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#access_key_metadata_writes_enabled"
#   peers:
#     checkov: [CKV_AZURE_132]
package srm.azure.cosmosdb.key_metadata_writes

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cosmos DB account %s sets access_key_metadata_writes_enabled = true: holders of an account key can delete databases and containers and change throughput", [r.address]),
	"resource": r.address,
	"path": ["access_key_metadata_writes_enabled"],
	"fix": [{"set": ["access_key_metadata_writes_enabled"], "value": false}],
} if {
	some r in judged
	tf.is_true(r.values.access_key_metadata_writes_enabled)
}

deny contains {
	"msg": sprintf("Cosmos DB account %s does not set access_key_metadata_writes_enabled (default true): holders of an account key can delete databases and containers and change throughput", [r.address]),
	"resource": r.address,
	"path": ["access_key_metadata_writes_enabled"],
	"fix": [{"set": ["access_key_metadata_writes_enabled"], "value": false}],
} if {
	some r in judged
	object.get(r.values, "access_key_metadata_writes_enabled", null) == null
}

applies contains r.address if some r in judged

# Accounts whose keys work at all: with local authentication off there are no keys to misuse.
judged contains r if {
	some r in tf.resources("azurerm_cosmosdb_account")
	not tf.is_false(object.get(r.values, "local_authentication_enabled", true))
	not tf.is_true(object.get(r.values, "local_authentication_disabled", false))
}
