package srm.azure.sql.firewall_all_ips_test

import data.srm.azure.sql.firewall_all_ips as policy

rule(type, start, end) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "rule", "start_ip_address": start, "end_ip_address": end},
}]}}

test_whole_internet_reported if {
	findings := policy.deny with input as rule("azurerm_mssql_firewall_rule", "0.0.0.0", "255.255.255.255")
	{[f.resource, f.path] | some f in findings} == {["azurerm_mssql_firewall_rule.main", ["end_ip_address"]]}
	every type in policy.rule_types {
		count(policy.deny) == 1 with input as rule(type, "0.0.0.0", "255.255.255.255")
	}
}

test_limited_ranges_pass if {
	count(policy.deny) == 0 with input as rule("azurerm_mssql_firewall_rule", "203.0.113.10", "203.0.113.10")
	count(policy.deny) == 0 with input as rule("azurerm_mssql_firewall_rule", "0.0.0.0", "0.0.0.0")
	count(policy.deny) == 0 with input as rule("azurerm_postgresql_flexible_server_firewall_rule", "10.0.0.0", "10.255.255.255")
	count(policy.deny) == 0 with input as rule("azurerm_mssql_firewall_rule", "0.0.0.0", "${var.end_ip}")
}
