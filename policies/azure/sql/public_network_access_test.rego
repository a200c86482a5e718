package srm.azure.sql.public_network_access_test

import data.srm.azure.sql.public_network_access as policy

server(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_mssql_server": [{
	"address": "azurerm_mssql_server.main", "type": "azurerm_mssql_server", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "sql-main", "version": "12.0"}, values),
}]}}

test_public_access_reported if {
	findings := policy.deny with input as server({"public_network_access_enabled": true})
	{[f.resource, f.path] | some f in findings} == {["azurerm_mssql_server.main", ["public_network_access_enabled"]]}
}

test_omitted_public_access_reported if {
	count(policy.deny) == 1 with input as server({})
}

test_private_or_unresolved_passes if {
	count(policy.deny) == 0 with input as server({"public_network_access_enabled": false})
	count(policy.deny) == 0 with input as server({"public_network_access_enabled": "${var.public_access}"})
}

test_fix_turns_the_public_endpoint_off if {
	explicit := policy.deny with input as server({"public_network_access_enabled": true})
	{f.fix | some f in explicit} == {[{"set": ["public_network_access_enabled"], "value": false}]}
	missing := policy.deny with input as server({})
	{f.fix | some f in missing} == {[{"set": ["public_network_access_enabled"], "value": false}]}
}
