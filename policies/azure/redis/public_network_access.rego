# METADATA
# title: Redis cache accepts connections from any network
# description: >-
#   A cache with public network access and no firewall rule answers every
#   address on the internet: a leaked access key or connection string, or a
#   Redis vulnerability, can then be used from anywhere to read session data and
#   tokens or to poison what the application trusts. Azure Cache for Redis
#   enables public access and allows all addresses until the customer adds
#   firewall rules, VNet injection or private endpoints.
# custom:
#   id: SRM-AZURE-REDIS-003
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_redis_cache, azurerm_redis_firewall_rule]}
#   remediation: >-
#     Use a private endpoint with `public_network_access_enabled = false`, or
#     restrict the public endpoint with `azurerm_redis_firewall_rule` resources
#     (`start_ip = "203.0.113.10"`, `end_ip = "203.0.113.20"`).
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-network-isolation"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#public_network_access_enabled"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_firewall_rule"
#   peers:
#     checkov: [CKV_AZURE_89]
package srm.azure.redis.public_network_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redis cache %s sets public_network_access_enabled = true and has no firewall rule: it accepts connections from any network", [r.address]),
	"resource": r.address,
	"path": ["public_network_access_enabled"],
} if {
	some r in open_caches
	tf.is_true(r.values.public_network_access_enabled)
}

deny contains {
	"msg": sprintf("Redis cache %s does not set public_network_access_enabled (default true) and has no firewall rule: it accepts connections from any network", [r.address]),
	"resource": r.address,
	"path": ["public_network_access_enabled"],
} if {
	some r in open_caches
	object.get(r.values, "public_network_access_enabled", null) == null
}

# Caches outside a virtual network (no subnet_id) that no firewall rule restricts.
open_caches contains r if {
	some r in tf.resources("azurerm_redis_cache")
	object.get(r.values, "subnet_id", null) == null
	not restricted(r)
}

# A firewall rule of this cache (by reference or literal name) that does not
# open the whole internet, which SRM-AZURE-REDIS-005 reports.
restricted(cache) if {
	some rule in firewall_rules(cache)
	not whole_internet(rule.values)
}

firewall_rules(cache) := tf.referrers("azurerm_redis_firewall_rule", "redis_cache_name", cache.address) | tf.with_value("azurerm_redis_firewall_rule", "redis_cache_name", object.get(cache.values, "name", null))

whole_internet(rule) if {
	ip_number(rule.start_ip) <= 16777216
	ip_number(rule.end_ip) >= 3758096383
}

# ip_number("1.0.0.0") = 16777216, ip_number("223.255.255.255") = 3758096383.
ip_number(ip) := ((to_number(parts[0]) * 256 + to_number(parts[1])) * 256 + to_number(parts[2])) * 256 + to_number(parts[3]) if {
	is_string(ip)
	regex.match(`^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$`, ip)
	parts := split(ip, ".")
}

# The firewall rules are read, not judged.
applies contains r.address if some r in tf.resources("azurerm_redis_cache")

unknown contains {"resource": r.address, "path": ["public_network_access_enabled"]} if {
	some r in tf.resources("azurerm_redis_cache")
	tf.is_unresolved(r.values.public_network_access_enabled)
	object.get(r.values, "subnet_id", null) == null
	not restricted(r)
}
