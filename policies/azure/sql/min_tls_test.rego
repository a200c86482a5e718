package srm.azure.sql.min_tls_test

import data.srm.azure.sql.min_tls as policy

server(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_mssql_server": [{
	"address": "azurerm_mssql_server.main", "type": "azurerm_mssql_server", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "sql-main", "version": "12.0"}, values),
}]}}

test_weak_versions_reported if {
	findings := policy.deny with input as server({"minimum_tls_version": "1.0"})
	{[f.resource, f.path] | some f in findings} == {["azurerm_mssql_server.main", ["minimum_tls_version"]]}
	count(policy.deny) == 1 with input as server({"minimum_tls_version": "1.1"})
	count(policy.deny) == 1 with input as server({"minimum_tls_version": "Disabled"})
	count(policy.deny) == 1 with input as server({"minimum_tls_version": 1.1})
}

test_default_and_tls12_pass if {
	count(policy.deny) == 0 with input as server({})
	count(policy.deny) == 0 with input as server({"minimum_tls_version": "1.2"})
	count(policy.deny) == 0 with input as server({"minimum_tls_version": "${var.tls}"})
}

test_fix_raises_the_minimum_to_1_2 if {
	findings := policy.deny with input as server({"minimum_tls_version": "Disabled"})
	{f.fix | some f in findings} == {[{"set": ["minimum_tls_version"], "value": "1.2"}]}
}
