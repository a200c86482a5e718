# METADATA
# title: Redis cache accepts connections without authentication
# description: >-
#   With authentication off, any client that can reach the cache's address can
#   read every key, overwrite sessions and cached authorization decisions, flush
#   the data or use it as a foothold, with no credential at all: the network is
#   the only control left, and one peered VNet, compromised VM or misrouted
#   subnet removes it. Azure Cache for Redis requires authentication unless the
#   customer turns it off for a cache injected in a virtual network.
# custom:
#   id: SRM-AZURE-REDIS-004
#   severity: high
#   areas: [iam, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_redis_cache]}
#   remediation: >-
#     Keep authentication on: remove `authentication_enabled` from
#     `redis_configuration` or set it to `true`, and use access keys or
#     `active_directory_authentication_enabled = true`.
#   fix: {safety: unsafe, change: 'Sets `redis_configuration { authentication_enabled = true }` (or `enable_authentication = true` where that attribute is written); clients that connect without an access key or Entra token are refused.'}
#   frameworks: {nist-800-53: [IA-2, IA-3, AC-3]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-configure"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#authentication_enabled"
package srm.azure.redis.authentication

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redis cache %s sets redis_configuration.authentication_enabled = false: anyone who can reach it can read and change the cache without a credential", [r.address]),
	"resource": r.address,
	"path": ["redis_configuration", i, "authentication_enabled"],
	"fix": [{"set": ["redis_configuration", i, "authentication_enabled"], "value": true}],
} if {
	some r in tf.resources("azurerm_redis_cache")
	some i, config in tf.blocks(r.values, "redis_configuration")
	tf.is_false(config.authentication_enabled)
}

# azurerm 2.x name.
deny contains {
	"msg": sprintf("Redis cache %s sets redis_configuration.enable_authentication = false: anyone who can reach it can read and change the cache without a credential", [r.address]),
	"resource": r.address,
	"path": ["redis_configuration", i, "enable_authentication"],
	"fix": [{"set": ["redis_configuration", i, "enable_authentication"], "value": true}],
} if {
	some r in tf.resources("azurerm_redis_cache")
	some i, config in tf.blocks(r.values, "redis_configuration")
	tf.is_false(config.enable_authentication)
}
