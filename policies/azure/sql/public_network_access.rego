# METADATA
# title: Azure SQL server is reachable from public networks
# description: >-
#   With public network access enabled, the logical server has an internet-facing
#   endpoint and every firewall rule added later (often "allow Azure services" or
#   an office range that grows over time) opens the databases to more of the
#   internet, exposing logins to brute force and the TDS endpoint to exploits.
#   The azurerm provider enables public network access unless told otherwise;
#   private endpoints keep the server on the customer's network only.
# custom:
#   id: SRM-AZURE-SQL-001
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_mssql_server]}
#   remediation: >-
#     Turn the public endpoint off and connect through a private endpoint:
#     `public_network_access_enabled = false` plus an `azurerm_private_endpoint`
#     with `subresource_names = ["sqlServer"]`.
#   fix: {safety: unsafe, change: 'Sets `public_network_access_enabled = false`; clients that connect through the public endpoint (firewall rules, Azure services) lose access until they use a private endpoint.'}
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#deny-public-network-access"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#public_network_access_enabled"
#   peers:
#     checkov: [CKV_AZURE_113]
#     kics: [mssql_server_public_network_access_enabled]
#     trivy: [AVD-AZU-0022]
package srm.azure.sql.public_network_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("SQL server %s sets public_network_access_enabled = true: it has an internet-facing endpoint", [r.address]),
	"resource": r.address,
	"path": ["public_network_access_enabled"],
	"fix": [{"set": ["public_network_access_enabled"], "value": false}],
} if {
	some r in tf.resources("azurerm_mssql_server")
	tf.is_true(r.values.public_network_access_enabled)
}

deny contains {
	"msg": sprintf("SQL server %s does not set public_network_access_enabled (default true): it has an internet-facing endpoint", [r.address]),
	"resource": r.address,
	"path": ["public_network_access_enabled"],
	"fix": [{"set": ["public_network_access_enabled"], "value": false}],
} if {
	some r in tf.resources("azurerm_mssql_server")
	not "public_network_access_enabled" in object.keys(r.values)
}
