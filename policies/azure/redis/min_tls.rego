# METADATA
# title: Redis cache accepts TLS versions older than 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses (BEAST, weak cipher suites, SHA-1
#   handshakes) and are no longer accepted by PCI DSS or NIST guidance; a cache
#   that still offers them lets a client or an attacker in the path negotiate
#   down to a protocol that protects the access key and the data less. azurerm
#   4.x creates caches with a 1.2 minimum; only an explicit older version
#   re-opens the old protocols.
# custom:
#   id: SRM-AZURE-REDIS-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_redis_cache]}
#   remediation: >-
#     Remove `minimum_tls_version` or set `minimum_tls_version = "1.2"`, after
#     updating clients that still negotiate TLS 1.0/1.1.
#   fix: {safety: unsafe, change: 'Sets `minimum_tls_version = "1.2"`; clients that can only negotiate TLS 1.0 or 1.1 can no longer connect.'}
#   frameworks: {pci-dss-4.0: ["4.2.1"], nist-800-53: [SC-8, SC-13]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-remove-tls-10-11"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#minimum_tls_version"
#   peers:
#     checkov: [CKV_AZURE_148]
package srm.azure.redis.min_tls

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redis cache %s sets minimum_tls_version = %v: clients can connect with TLS %s", [r.address, r.values.minimum_tls_version, version]),
	"resource": r.address,
	"path": ["minimum_tls_version"],
	"fix": [{"set": ["minimum_tls_version"], "value": "1.2"}],
} if {
	some r in tf.resources("azurerm_redis_cache")
	version := version_key(r.values.minimum_tls_version)
	version in {"1.0", "1.1"}
}

version_key(v) := v if is_string(v)

# tf.json may give the version as a number.
version_key(v) := "1.0" if v == 1

version_key(v) := "1.1" if v == 1.1
