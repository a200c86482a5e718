# METADATA
# title: Redis cache accepts unencrypted connections
# description: >-
#   The non-TLS port 6379 carries the access key (sent with AUTH) and every
#   cached value in clear text, so anyone who can observe the traffic, on a
#   shared network, a peered VNet or a compromised host, gets the key and full
#   access to the cache. Azure Cache for Redis keeps the port closed unless the
#   customer opens it.
# custom:
#   id: SRM-AZURE-REDIS-001
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_redis_cache]}
#   remediation: >-
#     Remove `non_ssl_port_enabled` (`enable_non_ssl_port` before azurerm 4.0) or
#     set it to `false`, and connect clients over TLS on port 6380.
#   fix: {safety: unsafe, change: 'Sets `non_ssl_port_enabled = false` (or `enable_non_ssl_port = false` where that attribute is written); clients that still connect to port 6379 without TLS are refused.'}
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-configure"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#non_ssl_port_enabled"
#   peers:
#     checkov: [CKV_AZURE_91]
#     kics: [redis_cache_allows_non_ssl_connections]
package srm.azure.redis.non_ssl_port

import data.srm.lib.terraform as tf

# azurerm 4.x name, then the azurerm 3.x name.
attributes := ["non_ssl_port_enabled", "enable_non_ssl_port"]

deny contains {
	"msg": sprintf("Redis cache %s sets %s = true: clients can connect on port 6379 without TLS, sending the access key and data in clear text", [r.address, attr]),
	"resource": r.address,
	"path": [attr],
	"fix": [{"set": [attr], "value": false}],
} if {
	some r in tf.resources("azurerm_redis_cache")
	some attr in attributes
	tf.is_true(r.values[attr])
}
