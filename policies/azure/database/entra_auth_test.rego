package srm.azure.database.entra_auth_test

import data.srm.azure.database.entra_auth as policy

server(type, values) := {
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "db-acme", "sku_name": "GP_Standard_D2ds_v4"}, values),
}

admin(target) := {
	"address": "azurerm_mysql_flexible_server_active_directory_administrator.main",
	"type": "azurerm_mysql_flexible_server_active_directory_administrator", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {"server_id": [target]},
	"values": {"server_id": sprintf("${%s.id}", [target]), "login": "dba-group", "object_id": "0000", "tenant_id": "1111", "identity_id": "${azurerm_user_assigned_identity.mysql.id}"},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

paths(resources) := result if {
	result := {[f.resource, f.path] | some f in policy.deny} with input as doc(resources)
}

pg := "azurerm_postgresql_flexible_server"

mysql := "azurerm_mysql_flexible_server"

test_postgresql_passwords_only_reported if {
	paths({pg: [server(pg, {})]}) == {["azurerm_postgresql_flexible_server.main", ["authentication"]]}
	paths({pg: [server(pg, {"authentication": [{"password_auth_enabled": true}]})]}) == {["azurerm_postgresql_flexible_server.main", ["authentication", 0, "active_directory_auth_enabled"]]}
	paths({pg: [server(pg, {"authentication": [{"active_directory_auth_enabled": false}]})]}) == {["azurerm_postgresql_flexible_server.main", ["authentication", 0, "active_directory_auth_enabled"]]}
}

test_postgresql_entra_passes if {
	count(paths({pg: [server(pg, {"authentication": [{"active_directory_auth_enabled": true, "tenant_id": "1111"}]})]})) == 0
	count(paths({pg: [server(pg, {"authentication": [{"active_directory_auth_enabled": "${var.entra}"}]})]})) == 0
	count(paths({pg: [server(pg, {"create_mode": "Replica"})]})) == 0
}

test_mysql_without_admin_reported if {
	paths({mysql: [server(mysql, {})]}) == {["azurerm_mysql_flexible_server.main", []]}
	paths({
		mysql: [server(mysql, {})],
		"azurerm_mysql_flexible_server_active_directory_administrator": [admin("azurerm_mysql_flexible_server.other")],
	}) == {["azurerm_mysql_flexible_server.main", []]}
}

test_mysql_with_admin_passes if {
	count(paths({
		mysql: [server(mysql, {})],
		"azurerm_mysql_flexible_server_active_directory_administrator": [admin("azurerm_mysql_flexible_server.main")],
	})) == 0
}

test_applies_to_primary_servers if {
	policy.applies == {"azurerm_mysql_flexible_server.main"} with input as doc({
		mysql: [server(mysql, {})],
		pg: [server(pg, {"create_mode": "Replica"})],
		"azurerm_mysql_flexible_server_active_directory_administrator": [admin("azurerm_mysql_flexible_server.main")],
	})
}
