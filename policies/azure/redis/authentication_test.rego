package srm.azure.redis.authentication_test

import data.srm.azure.redis.authentication as policy

cache(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_redis_cache": [{
	"address": "azurerm_redis_cache.main", "type": "azurerm_redis_cache", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "redis-acme", "sku_name": "Premium", "family": "P", "capacity": 1, "subnet_id": "${azurerm_subnet.redis.id}"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as cache(values)
}

test_authentication_off_reported if {
	paths({"redis_configuration": [{"authentication_enabled": false}]}) == {["redis_configuration", 0, "authentication_enabled"]}
	paths({"redis_configuration": [{"enable_authentication": "false"}]}) == {["redis_configuration", 0, "enable_authentication"]}
}

test_default_and_on_pass if {
	count(paths({})) == 0
	count(paths({"redis_configuration": [{"maxmemory_policy": "allkeys-lru"}]})) == 0
	count(paths({"redis_configuration": [{"authentication_enabled": true}]})) == 0
	count(paths({"redis_configuration": [{"authentication_enabled": "${var.auth}"}]})) == 0
}

test_fix_turns_authentication_on if {
	findings := policy.deny with input as cache({"redis_configuration": [{"authentication_enabled": false, "enable_authentication": false}]})
	{f.fix | some f in findings} == {
		[{"set": ["redis_configuration", 0, "authentication_enabled"], "value": true}],
		[{"set": ["redis_configuration", 0, "enable_authentication"], "value": true}],
	}
}
