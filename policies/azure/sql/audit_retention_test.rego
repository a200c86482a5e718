package srm.azure.sql.audit_retention_test

import data.srm.azure.sql.audit_retention as policy

res(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {}, "values": values,
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

test_short_split_retention_reported if {
	paths(res("azurerm_mssql_server_extended_auditing_policy", {"retention_in_days": 30})) == {["retention_in_days"]}
	paths(res("azurerm_mssql_database_extended_auditing_policy", {"retention_in_days": "7"})) == {["retention_in_days"]}
}

test_short_inline_retention_reported if {
	paths(res("azurerm_sql_server", {"extended_auditing_policy": [{"retention_in_days": 14}]})) == {["extended_auditing_policy", 0, "retention_in_days"]}
}

test_long_default_or_unlimited_retention_passes if {
	count(paths(res("azurerm_mssql_server_extended_auditing_policy", {"retention_in_days": 90}))) == 0
	count(paths(res("azurerm_mssql_server_extended_auditing_policy", {"retention_in_days": 0}))) == 0
	count(paths(res("azurerm_mssql_server_extended_auditing_policy", {"log_monitoring_enabled": true}))) == 0
	count(paths(res("azurerm_mssql_server_extended_auditing_policy", {"retention_in_days": "${var.days}"}))) == 0
	count(paths(res("azurerm_mssql_server", {"extended_auditing_policy": [{"retention_in_days": 365}]}))) == 0
}
