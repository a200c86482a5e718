package srm.azure.redis.public_network_access_test

import data.srm.azure.redis.public_network_access as policy

cache(values) := {
	"address": "azurerm_redis_cache.main", "type": "azurerm_redis_cache", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "redis-acme", "sku_name": "Premium", "family": "P", "capacity": 1}, values),
}

rule(refs, name, start, end) := {
	"address": "azurerm_redis_firewall_rule.office", "type": "azurerm_redis_firewall_rule", "name": "office",
	"mode": "managed", "file": "main.tf", "references": {"redis_cache_name": refs},
	"values": {"name": "office", "redis_cache_name": name, "resource_group_name": "rg", "start_ip": start, "end_ip": end},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

paths(resources) := result if {
	result := {f.path | some f in policy.deny} with input as doc(resources)
}

test_open_cache_reported if {
	paths({"azurerm_redis_cache": [cache({})]}) == {["public_network_access_enabled"]}
	paths({"azurerm_redis_cache": [cache({"public_network_access_enabled": true})]}) == {["public_network_access_enabled"]}
}

test_whole_internet_rule_does_not_restrict if {
	paths({
		"azurerm_redis_cache": [cache({})],
		"azurerm_redis_firewall_rule": [rule(["azurerm_redis_cache.main"], "${azurerm_redis_cache.main.name}", "0.0.0.0", "255.255.255.255")],
	}) == {["public_network_access_enabled"]}
}

test_restricted_cache_passes if {
	count(paths({"azurerm_redis_cache": [cache({"public_network_access_enabled": false})]})) == 0
	count(paths({"azurerm_redis_cache": [cache({"subnet_id": "${azurerm_subnet.redis.id}"})]})) == 0
	count(paths({
		"azurerm_redis_cache": [cache({})],
		"azurerm_redis_firewall_rule": [rule(["azurerm_redis_cache.main"], "${azurerm_redis_cache.main.name}", "203.0.113.10", "203.0.113.20")],
	})) == 0
	count(paths({
		"azurerm_redis_cache": [cache({})],
		"azurerm_redis_firewall_rule": [rule([], "redis-acme", "203.0.113.10", "203.0.113.20")],
	})) == 0
}

test_unresolved_not_judged if {
	count(paths({"azurerm_redis_cache": [cache({"public_network_access_enabled": "${var.public}"})]})) == 0
}

test_applies_and_unknown if {
	resources := {
		"azurerm_redis_cache": [cache({"public_network_access_enabled": "${var.public}"})],
		"azurerm_redis_firewall_rule": [rule(["azurerm_redis_cache.main"], "${azurerm_redis_cache.main.name}", "0.0.0.0", "255.255.255.255")],
	}
	policy.applies == {"azurerm_redis_cache.main"} with input as doc(resources)
	policy.unknown == {{"resource": "azurerm_redis_cache.main", "path": ["public_network_access_enabled"]}} with input as doc(resources)
	policy.unknown == set() with input as doc({"azurerm_redis_cache": [cache({})]})
}
