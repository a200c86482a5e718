# METADATA
# title: MySQL flexible server does not write an audit log
# description: >-
#   The MySQL audit log records connections, failed logins and the statements
#   run against the server; without it a brute-force attempt, a leaked
#   application password used from elsewhere or a bulk export of customer data
#   leaves no trace to alert on or to hand to an auditor. Azure Database for
#   MySQL flexible server ships with the `audit_log_enabled` server parameter
#   off; the customer must turn it on and send the MySqlAuditLogs category to a
#   log store.
# custom:
#   id: SRM-AZURE-DB-006
#   severity: medium
#   areas: [logging-monitoring, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_mysql_flexible_server, azurerm_mysql_flexible_server_configuration]}
#   remediation: >-
#     Turn the audit log on: `resource "azurerm_mysql_flexible_server_configuration"
#     "audit" { name = "audit_log_enabled" server_name =
#     azurerm_mysql_flexible_server.main.name resource_group_name = ... value = "ON" }`
#     (with `audit_log_events` = `"CONNECTION,DDL,DCL"` as needed), and export
#     `MySqlAuditLogs` with a diagnostic setting.
#   frameworks: {cis-azure-2.1: ["4.4.3"], nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-audit-logs"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mysql_flexible_server_configuration"
package srm.azure.database.mysql_audit_log

import data.srm.lib.terraform as tf

config_type := "azurerm_mysql_flexible_server_configuration"

deny contains {
	"msg": sprintf("%s sets audit_log_enabled = %q: the MySQL flexible server writes no audit log", [r.address, r.values.value]),
	"resource": r.address,
	"path": ["value"],
} if {
	some r in tf.resources(config_type)
	audit_parameter(r)
	is_string(r.values.value)
	lower(r.values.value) in {"off", "0", "false"}
}

deny contains {
	"msg": sprintf("MySQL flexible server %s has no azurerm_mysql_flexible_server_configuration setting audit_log_enabled = ON (default OFF): connections and statements are not audited", [r.address]),
	"resource": r.address,
	"path": [],
} if {
	some r in tf.resources("azurerm_mysql_flexible_server")
	count(audit_parameters(r)) == 0
}

audit_parameter(config) if lower(config.values.name) == "audit_log_enabled"

# The server's audit_log_enabled parameters, by reference (server_name =
# azurerm_mysql_flexible_server.main.name) or by literal name.
audit_parameters(server) := {config |
	some config in tf.referrers(config_type, "server_name", server.address)
	audit_parameter(config)
} | {config |
	some config in tf.with_value(config_type, "server_name", object.get(server.values, "name", null))
	audit_parameter(config)
}

# Servers, and the parameters that set audit_log_enabled (not the other parameters).
applies contains r.address if some r in tf.resources("azurerm_mysql_flexible_server")

applies contains r.address if {
	some r in tf.resources(config_type)
	audit_parameter(r)
}

unknown contains {"resource": r.address, "path": ["value"]} if {
	some r in tf.resources(config_type)
	audit_parameter(r)
	tf.is_unresolved(r.values.value)
}
