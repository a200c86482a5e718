package srm.azure.redis.min_tls_test

import data.srm.azure.redis.min_tls as policy

cache(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_redis_cache": [{
	"address": "azurerm_redis_cache.main", "type": "azurerm_redis_cache", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "redis-acme", "sku_name": "Standard", "family": "C", "capacity": 1}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as cache(values)
}

test_old_tls_reported if {
	paths({"minimum_tls_version": "1.0"}) == {["minimum_tls_version"]}
	paths({"minimum_tls_version": "1.1"}) == {["minimum_tls_version"]}
	paths({"minimum_tls_version": 1.1}) == {["minimum_tls_version"]}
}

test_default_and_tls12_pass if {
	count(paths({})) == 0
	count(paths({"minimum_tls_version": "1.2"})) == 0
	count(paths({"minimum_tls_version": "${var.min_tls}"})) == 0
}

test_fix_raises_the_minimum_to_1_2 if {
	findings := policy.deny with input as cache({"minimum_tls_version": "1.1"})
	{f.fix | some f in findings} == {[{"set": ["minimum_tls_version"], "value": "1.2"}]}
}
