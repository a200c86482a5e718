# METADATA
# title: Memorystore for Redis accepts connections without authentication
# description: >-
#   Without AUTH, every client that can reach the instance's private IP address
#   (any VM, pod or serverless connector in the authorized network, or a peered
#   one) can read, change and delete every key and run Lua scripts against the
#   data. Memorystore for Redis leaves AUTH off unless `auth_enabled = true`;
#   Redis Cluster leaves it off unless `authorization_mode =
#   "AUTH_MODE_IAM_AUTH"`.
# custom:
#   id: SRM-GCP-MEMORYSTORE-001
#   severity: medium
#   areas: [iam, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_redis_instance, google_redis_cluster]}
#   remediation: >-
#     Set `auth_enabled = true` on `google_redis_instance` (clients then use the
#     `auth_string` from Secret Manager), and `authorization_mode =
#     "AUTH_MODE_IAM_AUTH"` on `google_redis_cluster`.
#   fix: {safety: unsafe, change: 'Sets `auth_enabled = true` on `google_redis_instance` and `authorization_mode = "AUTH_MODE_IAM_AUTH"` on `google_redis_cluster`; clients without the AUTH string or an IAM token are refused, and the cluster attribute forces a new cluster (its data is lost).'}
#   frameworks: {nist-800-53: [IA-2, AC-3, IA-5]}
#   references:
#     - "https://cloud.google.com/memorystore/docs/redis/about-redis-auth"
#     - "https://cloud.google.com/memorystore/docs/cluster/about-iam-auth"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/redis_instance#auth_enabled"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/redis_cluster#authorization_mode"
#   peers: {checkov: [CKV_GCP_95]}
package srm.google.memorystore.auth_disabled

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redis instance %s sets auth_enabled = false: any client on its network can use it without a password", [r.address]),
	"resource": r.address,
	"path": ["auth_enabled"],
	"fix": [{"set": ["auth_enabled"], "value": true}],
} if {
	some r in tf.resources("google_redis_instance")
	tf.is_false(r.values.auth_enabled)
}

deny contains {
	"msg": sprintf("Redis instance %s does not set auth_enabled (AUTH is off by default): any client on its network can use it without a password", [r.address]),
	"resource": r.address,
	"path": ["auth_enabled"],
	"fix": [{"set": ["auth_enabled"], "value": true}],
} if {
	some r in tf.resources("google_redis_instance")
	object.get(r.values, "auth_enabled", null) == null
}

deny contains {
	"msg": sprintf("Redis cluster %s %s: any client on its network can use it without authentication", [r.address, mode_text(mode)]),
	"resource": r.address,
	"path": ["authorization_mode"],
	"fix": [{"set": ["authorization_mode"], "value": "AUTH_MODE_IAM_AUTH"}],
} if {
	some r in tf.resources("google_redis_cluster")
	mode := object.get(r.values, "authorization_mode", null)
	mode in {null, "", "AUTH_MODE_DISABLED", "AUTH_MODE_UNSPECIFIED"}
}

unknown contains {"resource": r.address, "path": [attr]} if {
	some type, attr in {"google_redis_instance": "auth_enabled", "google_redis_cluster": "authorization_mode"}
	some r in tf.resources(type)
	tf.is_unresolved(r.values[attr])
}

mode_text(mode) := "does not set authorization_mode (it defaults to AUTH_MODE_DISABLED)" if mode in {null, ""}

mode_text(mode) := sprintf("sets authorization_mode = %q", [mode]) if not mode in {null, ""}
