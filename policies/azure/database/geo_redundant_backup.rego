# METADATA
# title: PostgreSQL or MySQL server backups are not geo-redundant
# description: >-
#   Without geo-redundant backup storage, a server's backups live only in the
#   region that hosts it, so a regional outage or disaster takes the database
#   and every way to restore it at once. Geo-redundant backups are copied to the
#   paired region and allow a geo-restore there. Azure keeps backups locally
#   redundant unless the customer enables geo-redundancy, which can only be
#   chosen when the server is created.
# custom:
#   id: SRM-AZURE-DB-004
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_postgresql_flexible_server, azurerm_mysql_flexible_server, azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server]
#   remediation: >-
#     Create the server with `geo_redundant_backup_enabled = true` (not available
#     on the Basic tier of single servers; read replicas follow their source).
#   frameworks: {nist-800-53: [CP-6, CP-9, CP-10]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-backup-restore"
#     - "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-backup-restore"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server#geo_redundant_backup_enabled"
#   peers:
#     checkov: [CKV_AZURE_94, CKV_AZURE_102, CKV_AZURE_129, CKV_AZURE_136]
#     kics: [geo_redundancy_is_disabled, mariadb_server_georedundant_backup_disabled]
package srm.azure.database.geo_redundant_backup

import data.srm.lib.terraform as tf

server_types := [
	"azurerm_postgresql_flexible_server",
	"azurerm_mysql_flexible_server",
	"azurerm_postgresql_server",
	"azurerm_mysql_server",
	"azurerm_mariadb_server",
]

deny contains {
	"msg": sprintf("%s sets geo_redundant_backup_enabled = false: its backups stay in one region", [r.address]),
	"resource": r.address,
	"path": ["geo_redundant_backup_enabled"],
} if {
	some r in candidates
	tf.is_false(r.values.geo_redundant_backup_enabled)
}

deny contains {
	"msg": sprintf("%s does not set geo_redundant_backup_enabled (default false): its backups stay in one region", [r.address]),
	"resource": r.address,
	"path": ["geo_redundant_backup_enabled"],
} if {
	some r in candidates
	not "geo_redundant_backup_enabled" in object.keys(r.values)
}

# Replicas have no backups of their own; the Basic tier of single servers
# (sku B_...) cannot have geo-redundant backups.
candidates contains r if {
	some type in server_types
	some r in tf.resources(type)
	not replica(r.values)
	not basic_tier(r.values)
}

replica(values) if {
	is_string(values.create_mode)
	lower(values.create_mode) == "replica"
}

basic_tier(values) if {
	is_string(values.sku_name)
	startswith(values.sku_name, "B_")
}
