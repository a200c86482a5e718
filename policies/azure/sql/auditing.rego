# METADATA
# title: Azure SQL server does not audit database activity
# description: >-
#   Server-level auditing records logins, permission changes and the queries run
#   against every database on the server, to a storage account, Log Analytics or
#   Event Hubs. Without it a data theft through a compromised login or an
#   insider leaves no trace to investigate, and most compliance regimes cannot
#   be met. Azure does not audit SQL servers unless the customer configures an
#   extended auditing policy.
#   A server without any auditing policy gets no automatic fix: where the audit
#   records go (a storage account, a Log Analytics workspace) is the customer's choice.
# custom:
#   id: SRM-AZURE-SQL-003
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_mssql_server, azurerm_sql_server, azurerm_mssql_server_extended_auditing_policy]}
#   remediation: >-
#     Add an auditing policy for the server:
#     `resource "azurerm_mssql_server_extended_auditing_policy" "main" { server_id =
#     azurerm_mssql_server.main.id log_monitoring_enabled = true
#     storage_endpoint = azurerm_storage_account.audit.primary_blob_endpoint
#     retention_in_days = 90 }` (an inline `extended_auditing_policy` block with
#     older providers).
#   fix: {safety: safe, change: 'Sets `enabled = true` on an `azurerm_mssql_server_extended_auditing_policy` that turns auditing off; audit records are written to its destination again, at the cost of that storage.'}
#   frameworks: {cis-azure-2.1: ["4.1.1"], nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-overview"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_extended_auditing_policy"
#   peers:
#     checkov: [CKV_AZURE_23]
#     kics: [mssql_server_auditing_disabled, sql_server_auditing_disabled]
#     trivy: [AVD-AZU-0027]
package srm.azure.sql.auditing

import data.srm.lib.terraform as tf

server_types := ["azurerm_mssql_server", "azurerm_sql_server"]

# No auditing policy at all.
deny contains {
	"msg": sprintf("SQL server %s has no auditing: no azurerm_mssql_server_extended_auditing_policy refers to it and it has no extended_auditing_policy block", [r.address]),
	"resource": r.address,
	"path": ["extended_auditing_policy"],
} if {
	some type in server_types
	some r in tf.resources(type)
	count(tf.blocks(r.values, "extended_auditing_policy")) == 0
	not has_auditing_policy(r)
}

# An auditing policy that is switched off.
deny contains {
	"msg": sprintf("%s sets enabled = false: the SQL server is not audited", [p.address]),
	"resource": p.address,
	"path": ["enabled"],
	"fix": [{"set": ["enabled"], "value": true}],
} if {
	some p in tf.resources("azurerm_mssql_server_extended_auditing_policy")
	tf.is_false(p.values.enabled)
}

# has_auditing_policy(server): an extended auditing policy whose server_id refers
# to the server (looked up in the index of references).
has_auditing_policy(server) if tf.has_referrer("azurerm_mssql_server_extended_auditing_policy", "server_id", server.address)
