package srm.azure.database.mysql_audit_log_test

import data.srm.azure.database.mysql_audit_log as policy

server := {
	"address": "azurerm_mysql_flexible_server.main", "type": "azurerm_mysql_flexible_server", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "mysql-acme", "sku_name": "GP_Standard_D2ds_v4", "version": "8.0.21"},
}

config(name, value, refs) := {
	"address": sprintf("azurerm_mysql_flexible_server_configuration.%s", [name]), "type": "azurerm_mysql_flexible_server_configuration",
	"name": name, "mode": "managed", "file": "main.tf", "references": {"server_name": refs},
	"values": {"name": name, "server_name": "${azurerm_mysql_flexible_server.main.name}", "resource_group_name": "rg", "value": value},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

paths(resources) := result if {
	result := {[f.resource, f.path] | some f in policy.deny} with input as doc(resources)
}

test_server_without_audit_reported if {
	paths({"azurerm_mysql_flexible_server": [server]}) == {["azurerm_mysql_flexible_server.main", []]}
	paths({
		"azurerm_mysql_flexible_server": [server],
		"azurerm_mysql_flexible_server_configuration": [config("require_secure_transport", "ON", ["azurerm_mysql_flexible_server.main"])],
	}) == {["azurerm_mysql_flexible_server.main", []]}
}

test_audit_off_reported_on_the_parameter if {
	paths({
		"azurerm_mysql_flexible_server": [server],
		"azurerm_mysql_flexible_server_configuration": [config("audit_log_enabled", "OFF", ["azurerm_mysql_flexible_server.main"])],
	}) == {["azurerm_mysql_flexible_server_configuration.audit_log_enabled", ["value"]]}
}

test_audit_on_passes if {
	count(paths({
		"azurerm_mysql_flexible_server": [server],
		"azurerm_mysql_flexible_server_configuration": [config("audit_log_enabled", "ON", ["azurerm_mysql_flexible_server.main"])],
	})) == 0
	literal := object.union(config("audit_log_enabled", "ON", []), {"values": {"name": "audit_log_enabled", "server_name": "mysql-acme", "value": "ON"}})
	count(paths({"azurerm_mysql_flexible_server": [server], "azurerm_mysql_flexible_server_configuration": [literal]})) == 0
}

test_unresolved_value_not_judged if {
	count(paths({
		"azurerm_mysql_flexible_server": [server],
		"azurerm_mysql_flexible_server_configuration": [config("audit_log_enabled", "${var.audit}", ["azurerm_mysql_flexible_server.main"])],
	})) == 0
}

test_parameter_of_another_server_does_not_count if {
	paths({
		"azurerm_mysql_flexible_server": [server],
		"azurerm_mysql_flexible_server_configuration": [config("audit_log_enabled", "ON", ["azurerm_mysql_flexible_server.other"])],
	}) == {["azurerm_mysql_flexible_server.main", []]}
}

test_applies_and_unknown if {
	resources := {
		"azurerm_mysql_flexible_server": [server],
		"azurerm_mysql_flexible_server_configuration": [
			config("audit_log_enabled", "${var.audit}", ["azurerm_mysql_flexible_server.main"]),
			config("require_secure_transport", "ON", ["azurerm_mysql_flexible_server.main"]),
		],
	}
	policy.applies == {"azurerm_mysql_flexible_server.main", "azurerm_mysql_flexible_server_configuration.audit_log_enabled"} with input as doc(resources)
	policy.unknown == {{"resource": "azurerm_mysql_flexible_server_configuration.audit_log_enabled", "path": ["value"]}} with input as doc(resources)
}
