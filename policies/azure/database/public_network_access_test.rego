package srm.azure.database.public_network_access_test

import data.srm.azure.database.public_network_access as policy

res(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {}, "values": object.union({"name": "db"}, values),
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

test_single_servers_public_by_default if {
	every type in ["azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"] {
		paths(res(type, {})) == {["public_network_access_enabled"]}
		paths(res(type, {"public_network_access_enabled": true})) == {["public_network_access_enabled"]}
		count(paths(res(type, {"public_network_access_enabled": false}))) == 0
	}
}

test_postgres_flexible if {
	paths(res("azurerm_postgresql_flexible_server", {})) == {["public_network_access_enabled"]}
	paths(res("azurerm_postgresql_flexible_server", {"public_network_access_enabled": "true"})) == {["public_network_access_enabled"]}
	count(paths(res("azurerm_postgresql_flexible_server", {"public_network_access_enabled": false}))) == 0
	count(paths(res("azurerm_postgresql_flexible_server", {"delegated_subnet_id": "${azurerm_subnet.db.id}", "private_dns_zone_id": "${azurerm_private_dns_zone.db.id}"}))) == 0
	count(paths(res("azurerm_postgresql_flexible_server", {"create_mode": "Replica", "source_server_id": "${azurerm_postgresql_flexible_server.primary.id}"}))) == 0
}

test_mysql_flexible if {
	paths(res("azurerm_mysql_flexible_server", {})) == {["public_network_access"]}
	paths(res("azurerm_mysql_flexible_server", {"public_network_access": "Enabled"})) == {["public_network_access"]}
	count(paths(res("azurerm_mysql_flexible_server", {"public_network_access": "Disabled"}))) == 0
	count(paths(res("azurerm_mysql_flexible_server", {"delegated_subnet_id": "${azurerm_subnet.db.id}"}))) == 0
	count(paths(res("azurerm_mysql_flexible_server", {"public_network_access_enabled": false}))) == 0
}

test_unresolved_values_not_judged if {
	count(paths(res("azurerm_postgresql_flexible_server", {"public_network_access_enabled": "${var.public}"}))) == 0
	count(paths(res("azurerm_mysql_flexible_server", {"public_network_access": "${var.public}"}))) == 0
	count(paths(res("azurerm_postgresql_server", {"public_network_access_enabled": "${var.public}"}))) == 0
}

fixes(doc) := result if {
	result := {f.fix | some f in policy.deny} with input as doc
}

test_fix_turns_public_access_off if {
	fixes(res("azurerm_postgresql_server", {})) == {[{"set": ["public_network_access_enabled"], "value": false}]}
	fixes(res("azurerm_postgresql_flexible_server", {"public_network_access_enabled": true})) == {[{"set": ["public_network_access_enabled"], "value": false}]}
	fixes(res("azurerm_postgresql_flexible_server", {})) == {[{"set": ["public_network_access_enabled"], "value": false}]}
	fixes(res("azurerm_mysql_flexible_server", {"public_network_access": "Enabled"})) == {[{"set": ["public_network_access"], "value": "Disabled"}]}
	fixes(res("azurerm_mysql_flexible_server", {})) == {[{"set": ["public_network_access"], "value": "Disabled"}]}
}
