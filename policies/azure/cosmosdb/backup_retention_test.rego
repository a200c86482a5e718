package srm.azure.cosmosdb.backup_retention_test

import data.srm.azure.cosmosdb.backup_retention as policy

account(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_cosmosdb_account": [{
	"address": "azurerm_cosmosdb_account.main", "type": "azurerm_cosmosdb_account", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "cosmos-main", "offer_type": "Standard"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as account(values)
}

test_default_backup_reported if {
	paths({}) == {["backup"]}
	paths({"backup": [{"type": "Periodic", "interval_in_minutes": 240}]}) == {["backup", 0, "retention_in_hours"]}
}

test_short_retention_reported if {
	paths({"backup": [{"type": "Periodic", "retention_in_hours": 24}]}) == {["backup", 0, "retention_in_hours"]}
	paths({"backup": [{"type": "Periodic", "retention_in_hours": "48"}]}) == {["backup", 0, "retention_in_hours"]}
}

test_week_or_continuous_passes if {
	count(paths({"backup": [{"type": "Periodic", "retention_in_hours": 168}]})) == 0
	count(paths({"backup": [{"type": "Continuous", "tier": "Continuous7Days"}]})) == 0
	count(paths({"backup": [{"type": "Continuous"}]})) == 0
}

test_unresolved_not_judged if {
	count(paths({"backup": [{"type": "Periodic", "retention_in_hours": "${var.backup_hours}"}]})) == 0
	count(paths({"backup": [{"type": "${var.backup_type}"}]})) == 0
}
