package srm.azure.sql.azuread_admin_test

import data.srm.azure.sql.azuread_admin as policy

server(type, values) := {
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "sql-main", "version": "12.0"}, values),
}

ad_admin(refs, server_name) := {
	"address": "azurerm_sql_active_directory_administrator.main", "type": "azurerm_sql_active_directory_administrator",
	"name": "main", "mode": "managed", "file": "main.tf", "references": {"server_name": refs},
	"values": {"server_name": server_name, "login": "sql-admins", "object_id": "${azuread_group.sql.object_id}"},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_server_without_entra_admin_reported if {
	findings := policy.deny with input as doc({"azurerm_mssql_server": [server("azurerm_mssql_server", {})]})
	{[f.resource, f.path] | some f in findings} == {["azurerm_mssql_server.main", ["azuread_administrator"]]}
	count(policy.deny) == 1 with input as doc({"azurerm_sql_server": [server("azurerm_sql_server", {})]})
}

test_inline_admin_passes if {
	values := {"azuread_administrator": [{"login_username": "sql-admins", "object_id": "${azuread_group.sql.object_id}"}]}
	count(policy.deny) == 0 with input as doc({"azurerm_mssql_server": [server("azurerm_mssql_server", values)]})
}

test_split_admin_passes if {
	count(policy.deny) == 0 with input as doc({
		"azurerm_sql_server": [server("azurerm_sql_server", {})],
		"azurerm_sql_active_directory_administrator": [ad_admin(["azurerm_sql_server.main"], "${azurerm_sql_server.main.name}")],
	})
	count(policy.deny) == 0 with input as doc({
		"azurerm_sql_server": [server("azurerm_sql_server", {})],
		"azurerm_sql_active_directory_administrator": [ad_admin([], "sql-main")],
	})
}

test_admin_of_another_server_does_not_count if {
	count(policy.deny) == 1 with input as doc({
		"azurerm_sql_server": [server("azurerm_sql_server", {})],
		"azurerm_sql_active_directory_administrator": [ad_admin(["azurerm_sql_server.other"], "${azurerm_sql_server.other.name}")],
	})
}
