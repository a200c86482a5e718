# METADATA
# title: Redis firewall rule allows the whole internet
# description: >-
#   A Redis firewall rule spanning the whole public IPv4 space (0.0.0.0 to
#   255.255.255.255) switches the cache firewall off while looking like a
#   restriction: every address on the internet can reach the endpoint and try
#   leaked access keys or Redis exploits. Azure applies the rules exactly as the
#   customer writes them.
# custom:
#   id: SRM-AZURE-REDIS-005
#   severity: high
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_redis_firewall_rule]}
#   remediation: >-
#     Allow only the addresses that need the cache (`start_ip = "203.0.113.10"`,
#     `end_ip = "203.0.113.20"`), or reach it through a private endpoint.
#   frameworks: {nist-800-53: [AC-4, SC-7]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-configure"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_firewall_rule"
package srm.azure.redis.firewall_all_ips

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redis firewall rule %s allows %s to %s: every internet address can reach the cache", [r.address, r.values.start_ip, r.values.end_ip]),
	"resource": r.address,
	"path": ["end_ip"],
} if {
	some r in tf.resources("azurerm_redis_firewall_rule")
	ip_number(r.values.start_ip) <= 16777216
	ip_number(r.values.end_ip) >= 3758096383
}

# The range covers 1.0.0.0 (16777216) to 223.255.255.255 (3758096383): all public unicast addresses.
ip_number(ip) := ((to_number(parts[0]) * 256 + to_number(parts[1])) * 256 + to_number(parts[2])) * 256 + to_number(parts[3]) if {
	is_string(ip)
	regex.match(`^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$`, ip)
	parts := split(ip, ".")
}
