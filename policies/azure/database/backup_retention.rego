# METADATA
# title: PostgreSQL or MySQL server keeps backups for less than 7 days
# description: >-
#   Automated backups and point-in-time restore are the way back from a dropped
#   table, a faulty migration or ransomware, and they reach back only as far as
#   the retention period. MySQL flexible servers accept a retention of a single
#   day, so corruption noticed after a weekend can no longer be undone. Azure
#   runs the backups and defaults to 7 days; the customer chooses how long they
#   are kept (up to 35 days).
# custom:
#   id: SRM-AZURE-DB-005
#   severity: medium
#   areas: [incident-response]
#   responsibility: shared
#   input:
#     format: terraform
#     types: [azurerm_postgresql_flexible_server, azurerm_mysql_flexible_server, azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server]
#   remediation: >-
#     Keep backups for at least a week: remove the attribute or set
#     `backup_retention_days = 7` (up to 35).
#   frameworks: {nist-800-53: [CP-9, CP-10]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-backup-restore"
#     - "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-backup-restore"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mysql_flexible_server#backup_retention_days"
package srm.azure.database.backup_retention

import data.srm.lib.terraform as tf

minimum_days := 7

server_types := [
	"azurerm_postgresql_flexible_server",
	"azurerm_mysql_flexible_server",
	"azurerm_postgresql_server",
	"azurerm_mysql_server",
	"azurerm_mariadb_server",
]

deny contains {
	"msg": sprintf("%s keeps backups for %v day(s) only (backup_retention_days); keep them at least %d days", [r.address, r.values.backup_retention_days, minimum_days]),
	"resource": r.address,
	"path": ["backup_retention_days"],
} if {
	some type in server_types
	some r in tf.resources(type)
	days := known_number(r.values.backup_retention_days)
	days < minimum_days
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
