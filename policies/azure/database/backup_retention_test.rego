package srm.azure.database.backup_retention_test

import data.srm.azure.database.backup_retention as policy

res(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {}, "values": object.union({"name": "db"}, values),
}]}}

test_short_retention_reported if {
	findings := policy.deny with input as res("azurerm_mysql_flexible_server", {"backup_retention_days": 1})
	{[f.resource, f.path] | some f in findings} == {["azurerm_mysql_flexible_server.main", ["backup_retention_days"]]}
	count(policy.deny) == 1 with input as res("azurerm_mysql_flexible_server", {"backup_retention_days": "3"})
}

test_default_and_long_retention_pass if {
	count(policy.deny) == 0 with input as res("azurerm_mysql_flexible_server", {})
	count(policy.deny) == 0 with input as res("azurerm_postgresql_flexible_server", {"backup_retention_days": 7})
	count(policy.deny) == 0 with input as res("azurerm_mysql_flexible_server", {"backup_retention_days": 35})
	count(policy.deny) == 0 with input as res("azurerm_mysql_flexible_server", {"backup_retention_days": "${var.days}"})
}
