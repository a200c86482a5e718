package srm.azure.database.geo_redundant_backup_test

import data.srm.azure.database.geo_redundant_backup as policy

res(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {}, "values": object.union({"name": "db", "sku_name": "GP_Standard_D2s_v3"}, values),
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

test_disabled_or_omitted_reported if {
	every type in policy.server_types {
		paths(res(type, {})) == {["geo_redundant_backup_enabled"]}
		paths(res(type, {"geo_redundant_backup_enabled": false})) == {["geo_redundant_backup_enabled"]}
	}
}

test_enabled_passes if {
	count(paths(res("azurerm_postgresql_flexible_server", {"geo_redundant_backup_enabled": true}))) == 0
	count(paths(res("azurerm_mysql_flexible_server", {"geo_redundant_backup_enabled": "${var.geo_backup}"}))) == 0
}

test_replicas_and_basic_tier_not_reported if {
	count(paths(res("azurerm_postgresql_flexible_server", {"create_mode": "Replica"}))) == 0
	count(paths(res("azurerm_mysql_flexible_server", {"create_mode": "Replica"}))) == 0
	count(paths(res("azurerm_postgresql_server", {"sku_name": "B_Gen5_1"}))) == 0
}
