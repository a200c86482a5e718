# METADATA
# title: Azure SQL server accepts TLS versions older than 1.2
# description: >-
#   TLS 1.0 and 1.1 are deprecated and vulnerable to downgrade and cipher
#   attacks; a server that accepts them lets weakly protected client connections
#   carry credentials and query results. `Disabled` turns the minimum version
#   check off altogether. The azurerm provider sets TLS 1.2 unless the customer
#   lowers it.
# custom:
#   id: SRM-AZURE-SQL-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_mssql_server]}
#   remediation: >-
#     Remove the attribute or set `minimum_tls_version = "1.2"`, after upgrading
#     any client that still negotiates TLS 1.0/1.1.
#   fix: {safety: unsafe, change: 'Sets `minimum_tls_version = "1.2"`; clients that can only negotiate TLS 1.0 or 1.1 (old drivers) can no longer connect.'}
#   frameworks: {nist-800-53: [SC-8, SC-13]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#minimal-tls-version"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#minimum_tls_version"
#   peers:
#     checkov: [CKV_AZURE_52]
#     trivy: [AVD-AZU-0026]
package srm.azure.sql.min_tls

import data.srm.lib.terraform as tf

weak := {
	"1.0": "clients can connect with TLS 1.0",
	"1.1": "clients can connect with TLS 1.1",
	"disabled": "no minimum TLS version is enforced",
}

deny contains {
	"msg": sprintf("SQL server %s sets minimum_tls_version = %v: %s", [r.address, v, weak[key]]),
	"resource": r.address,
	"path": ["minimum_tls_version"],
	"fix": [{"set": ["minimum_tls_version"], "value": "1.2"}],
} if {
	some r in tf.resources("azurerm_mssql_server")
	v := r.values.minimum_tls_version
	key := version_key(v)
	weak[key]
}

version_key(v) := lower(v) if is_string(v)

# tf.json may give the version as a number.
version_key(v) := "1.0" if v == 1

version_key(v) := "1.1" if v == 1.1
