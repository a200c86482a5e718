package srm.azure.redis.non_ssl_port_test

import data.srm.azure.redis.non_ssl_port as policy

cache(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_redis_cache": [{
	"address": "azurerm_redis_cache.main", "type": "azurerm_redis_cache", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "redis-acme", "sku_name": "Standard", "family": "C", "capacity": 1}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as cache(values)
}

test_non_ssl_port_reported if {
	paths({"non_ssl_port_enabled": true}) == {["non_ssl_port_enabled"]}
	paths({"enable_non_ssl_port": true}) == {["enable_non_ssl_port"]}
}

test_default_and_closed_pass if {
	count(paths({})) == 0
	count(paths({"non_ssl_port_enabled": false})) == 0
	count(paths({"non_ssl_port_enabled": "${var.non_ssl}"})) == 0
}

test_fix_closes_the_non_tls_port if {
	findings := policy.deny with input as cache({"non_ssl_port_enabled": true, "enable_non_ssl_port": "true"})
	{f.fix | some f in findings} == {
		[{"set": ["non_ssl_port_enabled"], "value": false}],
		[{"set": ["enable_non_ssl_port"], "value": false}],
	}
}
