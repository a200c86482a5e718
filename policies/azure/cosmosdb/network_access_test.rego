package srm.azure.cosmosdb.network_access_test

import data.srm.azure.cosmosdb.network_access as policy

account(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_cosmosdb_account": [{
	"address": "azurerm_cosmosdb_account.main", "type": "azurerm_cosmosdb_account", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "cosmos-main", "offer_type": "Standard"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as account(values)
}

test_open_account_reported if {
	paths({}) == {["ip_range_filter"]}
	paths({"public_network_access_enabled": true, "ip_range_filter": []}) == {["ip_range_filter"]}
	paths({"ip_range_filter": ""}) == {["ip_range_filter"]}
}

test_world_range_reported if {
	paths({"ip_range_filter": ["203.0.113.0/24", "0.0.0.0/0"]}) == {["ip_range_filter", 1]}
	paths({"ip_range_filter": "203.0.113.0/24,0.0.0.0/0"}) == {["ip_range_filter"]}
	paths({"is_virtual_network_filter_enabled": true, "ip_range_filter": ["0.0.0.0/0"]}) == {["ip_range_filter", 0]}
}

test_restricted_accounts_pass if {
	count(paths({"public_network_access_enabled": false})) == 0
	count(paths({"ip_range_filter": ["203.0.113.0/24"]})) == 0
	count(paths({"ip_range_filter": "203.0.113.0/24,198.51.100.7"})) == 0
	count(paths({"is_virtual_network_filter_enabled": true, "virtual_network_rule": [{"id": "${azurerm_subnet.app.id}"}]})) == 0
}

test_unresolved_not_judged if {
	count(paths({"public_network_access_enabled": "${var.public}"})) == 0
	count(paths({"ip_range_filter": "${var.allowed_ips}"})) == 0
	count(paths({"is_virtual_network_filter_enabled": "${var.vnet_filter}"})) == 0
}

# The virtual network filter without any virtual_network_rule names no subnet (KICS positive, Checkov test_failure_public_access_default).
test_vnet_filter_without_rule_reported if {
	paths({"is_virtual_network_filter_enabled": true}) == {["ip_range_filter"]}
	paths({"is_virtual_network_filter_enabled": true, "virtual_network_rule": []}) == {["ip_range_filter"]}
	count(paths({"is_virtual_network_filter_enabled": true, "ip_range_filter": ["203.0.113.0/24"]})) == 0
	count(paths({"is_virtual_network_filter_enabled": true, "virtual_network_rule": "${var.subnet_rules}"})) == 0
	count(paths({"is_virtual_network_filter_enabled": true, "virtual_network_rule": [{"id": "${virtual_network_rule.value}"}]})) == 0
}
