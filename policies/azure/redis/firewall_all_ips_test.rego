package srm.azure.redis.firewall_all_ips_test

import data.srm.azure.redis.firewall_all_ips as policy

rule(start, end) := {"format": "terraform", "module": ".", "resources": {"azurerm_redis_firewall_rule": [{
	"address": "azurerm_redis_firewall_rule.all", "type": "azurerm_redis_firewall_rule", "name": "all",
	"mode": "managed", "file": "main.tf", "references": {"redis_cache_name": ["azurerm_redis_cache.main"]},
	"values": {"name": "all", "redis_cache_name": "${azurerm_redis_cache.main.name}", "resource_group_name": "rg", "start_ip": start, "end_ip": end},
}]}}

paths(start, end) := result if {
	result := {f.path | some f in policy.deny} with input as rule(start, end)
}

test_whole_internet_reported if {
	paths("0.0.0.0", "255.255.255.255") == {["end_ip"]}
	paths("1.0.0.0", "223.255.255.255") == {["end_ip"]}
}

test_narrow_ranges_pass if {
	count(paths("203.0.113.10", "203.0.113.20")) == 0
	count(paths("0.0.0.0", "0.0.0.0")) == 0
	count(paths("10.0.0.0", "10.255.255.255")) == 0
	count(paths("0.0.0.0", "127.255.255.255")) == 0
}

test_unresolved_not_judged if {
	count(paths("${var.start_ip}", "255.255.255.255")) == 0
}
