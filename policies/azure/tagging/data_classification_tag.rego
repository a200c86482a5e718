# METADATA
# title: Azure data store has no data classification tag
# description: >-
#   Controls are chosen by how sensitive the data is: without a classification
#   nobody can tell which storage accounts, databases, key vaults or disks hold
#   confidential data, which encryption, network and retention rules they need,
#   or which of them are in scope of an audit, and the stricter policies for
#   confidential data cannot apply. Azure stores whatever tags it is given and
#   classifies nothing; tags are not inherited from resource groups unless an
#   Azure Policy copies them, so each data store needs its own.
# custom:
#   id: SRM-AZURE-TAG-001
#   severity: low
#   areas: [compliance]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_storage_account, azurerm_mssql_server, azurerm_mssql_database, azurerm_mssql_managed_instance, azurerm_sql_server, azurerm_sql_database, azurerm_cosmosdb_account, azurerm_key_vault, azurerm_postgresql_flexible_server, azurerm_mysql_flexible_server, azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server, azurerm_managed_disk, azurerm_redis_cache, azurerm_synapse_workspace]
#   remediation: >-
#     Tag the data store with its class:
#     `tags = { data-classification = "confidential" }` (public, internal,
#     confidential or restricted), for example by merging a module-wide
#     `local.common_tags` into each resource's tags.
#   frameworks: {nist-800-53: [RA-2, CM-8]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/cloud-adoption-framework/govern/policy-compliance/data-classification"
#     - "https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/tag-resources"
package srm.azure.tagging.data_classification_tag

import data.srm.lib.terraform as tf

data_store_types := [
	"azurerm_storage_account",
	"azurerm_mssql_server",
	"azurerm_mssql_database",
	"azurerm_mssql_managed_instance",
	"azurerm_sql_server",
	"azurerm_sql_database",
	"azurerm_cosmosdb_account",
	"azurerm_key_vault",
	"azurerm_postgresql_flexible_server",
	"azurerm_mysql_flexible_server",
	"azurerm_postgresql_server",
	"azurerm_mysql_server",
	"azurerm_mariadb_server",
	"azurerm_managed_disk",
	"azurerm_redis_cache",
	"azurerm_synapse_workspace",
]

deny contains {
	"msg": sprintf("%s has no tags, so no %s tag", [r.address, key_names]),
	"resource": r.address,
	"path": ["tags"],
} if {
	some type in data_store_types
	some r in tf.resources(type)
	object.get(r.values, "tags", null) == null
}

deny contains {
	"msg": sprintf("%s has tags (%s) but no %s tag", [r.address, concat(", ", sort(object.keys(r.values.tags))), key_names]),
	"resource": r.address,
	"path": ["tags"],
} if {
	some type in data_store_types
	some r in tf.resources(type)
	is_object(r.values.tags)
	not classified(r.values.tags)
}

key_names := concat(" or ", sort(tf.classification_keys))

classified(tags) if {
	some key in object.keys(tags)
	key in tf.classification_keys
}

# A computed key (`(var.key) = "x"`) may be the classification: not judged.
classified(tags) if {
	some key in object.keys(tags)
	tf.is_unresolved(key)
}
