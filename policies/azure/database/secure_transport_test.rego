package srm.azure.database.secure_transport_test

import data.srm.azure.database.secure_transport as policy

res(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {}, "values": values,
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

test_single_server_ssl_disabled_reported if {
	every type in ["azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"] {
		paths(res(type, {"name": "db", "ssl_enforcement_enabled": false})) == {["ssl_enforcement_enabled"]}
	}
}

test_flexible_secure_transport_off_reported if {
	paths(res("azurerm_postgresql_flexible_server_configuration", {"name": "require_secure_transport", "value": "off"})) == {["value"]}
	paths(res("azurerm_mysql_flexible_server_configuration", {"name": "require_secure_transport", "value": "OFF"})) == {["value"]}
}

test_secure_settings_pass if {
	count(paths(res("azurerm_postgresql_server", {"name": "db", "ssl_enforcement_enabled": true}))) == 0
	count(paths(res("azurerm_postgresql_server", {"name": "db", "ssl_enforcement_enabled": "${var.ssl}"}))) == 0
	count(paths(res("azurerm_postgresql_flexible_server_configuration", {"name": "require_secure_transport", "value": "on"}))) == 0
	count(paths(res("azurerm_postgresql_flexible_server_configuration", {"name": "log_connections", "value": "off"}))) == 0
	count(paths(res("azurerm_mysql_flexible_server_configuration", {"name": "require_secure_transport", "value": "${var.tls}"}))) == 0
}

fixes(doc) := result if {
	result := {f.fix | some f in policy.deny} with input as doc
}

test_fix_requires_tls if {
	fixes(res("azurerm_mysql_server", {"ssl_enforcement_enabled": false})) == {[{"set": ["ssl_enforcement_enabled"], "value": true}]}
	fixes(res("azurerm_mysql_flexible_server_configuration", {"name": "require_secure_transport", "value": "OFF"})) == {[{"set": ["value"], "value": "on"}]}
}
