# METADATA
# title: Azure SQL audit logs are kept for less than 90 days
# description: >-
#   Intrusions into databases are usually discovered weeks or months after they
#   start; audit records deleted after a few days cannot show which data a
#   compromised login read or changed. `retention_in_days` controls how long
#   audit files are kept in the storage account; 0 (the default) keeps them
#   indefinitely. CIS asks for more than 90 days.
# custom:
#   id: SRM-AZURE-SQL-004
#   severity: low
#   areas: [logging-monitoring, incident-response]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_mssql_server_extended_auditing_policy, azurerm_mssql_database_extended_auditing_policy, azurerm_mssql_server, azurerm_sql_server, azurerm_mssql_database, azurerm_sql_database]
#   remediation: >-
#     Keep audit logs for at least 90 days: `retention_in_days = 90` (or more, or
#     0 to keep them indefinitely) on the auditing policy.
#   frameworks: {cis-azure-2.1: ["4.1.6"], nist-800-53: [AU-11]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-setup"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_extended_auditing_policy#retention_in_days"
#   peers:
#     checkov: [CKV_AZURE_24]
#     kics: [small_mssql_audit_retention_period, small_msql_server_audit_retention]
#     trivy: [AVD-AZU-0025]
package srm.azure.sql.audit_retention

import data.srm.lib.terraform as tf

minimum_days := 90

# Split auditing policies (server or database level).
deny contains {
	"msg": sprintf("%s keeps audit logs for %v day(s) only (retention_in_days); keep them at least %d days, or 0 for indefinitely", [r.address, r.values.retention_in_days, minimum_days]),
	"resource": r.address,
	"path": ["retention_in_days"],
} if {
	some type in ["azurerm_mssql_server_extended_auditing_policy", "azurerm_mssql_database_extended_auditing_policy"]
	some r in tf.resources(type)
	too_short(r.values.retention_in_days)
}

# Inline extended_auditing_policy blocks (azurerm 2.x / early 3.x).
deny contains {
	"msg": sprintf("%s keeps audit logs for %v day(s) only (extended_auditing_policy.retention_in_days); keep them at least %d days, or 0 for indefinitely", [r.address, block.retention_in_days, minimum_days]),
	"resource": r.address,
	"path": ["extended_auditing_policy", i, "retention_in_days"],
} if {
	some type in ["azurerm_mssql_server", "azurerm_sql_server", "azurerm_mssql_database", "azurerm_sql_database"]
	some r in tf.resources(type)
	some i, block in tf.blocks(r.values, "extended_auditing_policy")
	too_short(block.retention_in_days)
}

# 0 keeps the logs indefinitely.
too_short(value) if {
	days := known_number(value)
	days > 0
	days < minimum_days
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
