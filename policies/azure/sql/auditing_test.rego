package srm.azure.sql.auditing_test

import data.srm.azure.sql.auditing as policy

server(type, values) := {
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "sql-main", "version": "12.0"}, values),
}

audit(target, values) := {
	"address": "azurerm_mssql_server_extended_auditing_policy.main", "type": "azurerm_mssql_server_extended_auditing_policy",
	"name": "main", "mode": "managed", "file": "main.tf", "references": {"server_id": [target]},
	"values": object.union({"server_id": sprintf("${%s.id}", [target]), "log_monitoring_enabled": true}, values),
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_server_without_auditing_reported if {
	findings := policy.deny with input as doc({"azurerm_mssql_server": [server("azurerm_mssql_server", {})]})
	{[f.resource, f.path] | some f in findings} == {["azurerm_mssql_server.main", ["extended_auditing_policy"]]}
	count(policy.deny) == 1 with input as doc({"azurerm_sql_server": [server("azurerm_sql_server", {})]})
}

test_split_policy_passes if {
	count(policy.deny) == 0 with input as doc({
		"azurerm_mssql_server": [server("azurerm_mssql_server", {})],
		"azurerm_mssql_server_extended_auditing_policy": [audit("azurerm_mssql_server.main", {})],
	})
}

test_policy_of_another_server_does_not_count if {
	findings := policy.deny with input as doc({
		"azurerm_mssql_server": [server("azurerm_mssql_server", {})],
		"azurerm_mssql_server_extended_auditing_policy": [audit("azurerm_mssql_server.other", {})],
	})
	{f.resource | some f in findings} == {"azurerm_mssql_server.main"}
}

test_disabled_policy_reported if {
	findings := policy.deny with input as doc({
		"azurerm_mssql_server": [server("azurerm_mssql_server", {})],
		"azurerm_mssql_server_extended_auditing_policy": [audit("azurerm_mssql_server.main", {"enabled": false})],
	})
	{[f.resource, f.path] | some f in findings} == {["azurerm_mssql_server_extended_auditing_policy.main", ["enabled"]]}
}

test_inline_legacy_policy_passes if {
	values := {"extended_auditing_policy": [{"storage_endpoint": "${azurerm_storage_account.audit.primary_blob_endpoint}", "retention_in_days": 90}]}
	count(policy.deny) == 0 with input as doc({"azurerm_sql_server": [server("azurerm_sql_server", values)]})
}

test_unresolved_enabled_not_judged if {
	count(policy.deny) == 0 with input as doc({
		"azurerm_mssql_server": [server("azurerm_mssql_server", {})],
		"azurerm_mssql_server_extended_auditing_policy": [audit("azurerm_mssql_server.main", {"enabled": "${var.audit}"})],
	})
}

test_fix_only_for_a_disabled_auditing_policy if {
	disabled := policy.deny with input as doc({
		"azurerm_mssql_server": [server("azurerm_mssql_server", {})],
		"azurerm_mssql_server_extended_auditing_policy": [audit("azurerm_mssql_server.main", {"enabled": false})],
	})
	{f.fix | some f in disabled} == {[{"set": ["enabled"], "value": true}]}
	missing := policy.deny with input as doc({"azurerm_mssql_server": [server("azurerm_mssql_server", {})]})
	count(missing) == 1
	every f in missing {
		not "fix" in object.keys(f)
	}
}
