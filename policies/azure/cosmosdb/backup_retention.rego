# METADATA
# title: Cosmos DB account keeps backups for less than 7 days
# description: >-
#   Backups are the only way back from a deleted container, a bulk update gone
#   wrong or ransomware with the account key, and they reach back only as far as
#   their retention. A Cosmos DB account without a backup block takes periodic
#   backups kept for just 8 hours, so damage noticed the next morning can no
#   longer be undone. Azure takes the backups; the customer chooses the mode and
#   how long they are kept.
# custom:
#   id: SRM-AZURE-COSMOSDB-005
#   severity: medium
#   areas: [incident-response]
#   responsibility: shared
#   input: {format: terraform, types: [azurerm_cosmosdb_account]}
#   remediation: >-
#     Use continuous backup with point-in-time restore: `backup { type =
#     "Continuous" tier = "Continuous30Days" }` (or `"Continuous7Days"`), or keep
#     periodic backups for a week: `backup { type = "Periodic" interval_in_minutes =
#     240 retention_in_hours = 168 }`.
#   frameworks: {nist-800-53: [CP-9, CP-10]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/cosmos-db/continuous-backup-restore-introduction"
#     - "https://learn.microsoft.com/en-us/azure/cosmos-db/periodic-backup-restore-introduction"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#backup"
package srm.azure.cosmosdb.backup_retention

import data.srm.lib.terraform as tf

minimum_hours := 168

deny contains {
	"msg": sprintf("Cosmos DB account %s has no backup block: periodic backups are kept for 8 hours only; keep them at least %d hours or use continuous backup", [r.address, minimum_hours]),
	"resource": r.address,
	"path": ["backup"],
} if {
	some r in tf.resources("azurerm_cosmosdb_account")
	count(tf.blocks(r.values, "backup")) == 0
}

deny contains {
	"msg": sprintf("Cosmos DB account %s keeps periodic backups for %v hour(s) (backup.retention_in_hours); keep them at least %d hours or use continuous backup", [r.address, hours, minimum_hours]),
	"resource": r.address,
	"path": ["backup", i, "retention_in_hours"],
} if {
	some r in tf.resources("azurerm_cosmosdb_account")
	some i, backup in tf.blocks(r.values, "backup")
	periodic(backup.type)
	hours := retention(backup)
	hours < minimum_hours
}

periodic(type) if {
	is_string(type)
	lower(type) == "periodic"
}

# Unset means the provider default of 8 hours; an expression is not judged.
retention(backup) := 8 if object.get(backup, "retention_in_hours", null) == null

retention(backup) := backup.retention_in_hours if is_number(backup.retention_in_hours)

retention(backup) := to_number(backup.retention_in_hours) if {
	is_string(backup.retention_in_hours)
	regex.match(`^[0-9]+$`, backup.retention_in_hours)
}
