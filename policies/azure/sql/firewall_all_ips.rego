# METADATA
# title: Database firewall rule allows the whole internet
# description: >-
#   A server-level firewall rule from 0.0.0.0 to 255.255.255.255 lets every
#   address on the internet reach the SQL, PostgreSQL, MySQL or MariaDB endpoint,
#   leaving only the login between attackers and the data: credential stuffing,
#   brute force and exploits of the database engine follow. The firewall denies
#   everything until the customer adds rules; this rule undoes it entirely.
# custom:
#   id: SRM-AZURE-SQL-006
#   severity: high
#   areas: [network-controls]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_mssql_firewall_rule, azurerm_sql_firewall_rule, azurerm_postgresql_flexible_server_firewall_rule, azurerm_postgresql_firewall_rule, azurerm_mysql_flexible_server_firewall_rule, azurerm_mysql_firewall_rule, azurerm_mariadb_firewall_rule]
#   remediation: >-
#     Allow only the addresses that need the database, e.g.
#     `start_ip_address = "203.0.113.10"` and `end_ip_address = "203.0.113.10"`,
#     or remove the rule and use a private endpoint or VNet integration.
#   frameworks: {cis-azure-2.1: ["4.1.2"], nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-sql/database/firewall-configure"
#     - "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-firewall-rules"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_firewall_rule"
#   peers:
#     checkov: [CKV_AZURE_11]
#     kics: [sql_server_ingress_from_any_ip]
package srm.azure.sql.firewall_all_ips

import data.srm.lib.terraform as tf

rule_types := [
	"azurerm_mssql_firewall_rule",
	"azurerm_sql_firewall_rule",
	"azurerm_postgresql_flexible_server_firewall_rule",
	"azurerm_postgresql_firewall_rule",
	"azurerm_mysql_flexible_server_firewall_rule",
	"azurerm_mysql_firewall_rule",
	"azurerm_mariadb_firewall_rule",
]

deny contains {
	"msg": sprintf("%s allows %s to %s: every internet address can reach the database endpoint", [r.address, r.values.start_ip_address, r.values.end_ip_address]),
	"resource": r.address,
	"path": ["end_ip_address"],
} if {
	some type in rule_types
	some r in tf.resources(type)
	r.values.start_ip_address in {"0.0.0.0", "0.0.0.0/0"}
	r.values.end_ip_address == "255.255.255.255"
}
