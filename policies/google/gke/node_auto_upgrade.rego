# METADATA
# title: GKE node pool has automatic upgrade or automatic repair turned off
# description: >-
#   Node auto-upgrade keeps node pools on patched GKE and Container-Optimized OS
#   versions; without it kernel, container runtime and kubelet vulnerabilities
#   stay open until someone upgrades by hand, and the nodes drift behind the
#   control plane. Auto-repair replaces nodes that fail health checks, restoring
#   capacity after an incident. GKE enables both by default; this policy reports
#   node pools that turn them off.
# custom:
#   id: SRM-GCP-GKE-009
#   severity: medium
#   areas: [vulnerability-management, incident-response]
#   responsibility: shared
#   input: {format: terraform, types: [google_container_node_pool, google_container_cluster]}
#   remediation: >-
#     Keep both on: `management { auto_upgrade = true auto_repair = true }` on
#     `google_container_node_pool` (or in the cluster's `node_pool` blocks), and use
#     maintenance windows and surge settings to control when upgrades happen.
#   fix: {safety: unsafe, change: 'Sets the reported `management` attribute (`auto_upgrade` or `auto_repair`) to `true`; GKE then upgrades the nodes on its own schedule and recreates unhealthy ones, draining their pods each time.'}
#   frameworks: {nist-800-53: [SI-2, SI-2(2), CP-10]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-upgrades"
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-repair"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_node_pool#management"
#   peers:
#     checkov: [CKV_GCP_9, CKV_GCP_10]
#     kics: [google_container_node_pool_auto_repair_disabled, node_auto_upgrade_disabled]
#     trivy: [AVD-GCP-0058, AVD-GCP-0063]
package srm.google.gke.node_auto_upgrade

import data.srm.lib.terraform as tf

features := {"auto_upgrade": "automatic upgrades", "auto_repair": "automatic repair"}

deny contains {
	"msg": sprintf("%s turns %s off (%s = false)", [pool_text(p), features[attr], attr]),
	"resource": p.address,
	"path": array.concat(p.path, ["management", m, attr]),
	"fix": [{"set": array.concat(p.path, ["management", m, attr]), "value": true}],
} if {
	some p in node_pools
	some m, management in tf.blocks(p.values, "management")
	some attr, _ in features
	tf.is_false(management[attr])
}

# node_pools: google_container_node_pool resources and inline node_pool blocks.
node_pools contains {"address": r.address, "path": [], "values": r.values, "inline": false} if {
	some r in tf.resources("google_container_node_pool")
}

node_pools contains {"address": r.address, "path": ["node_pool", i], "values": pool, "inline": true} if {
	some r in tf.resources("google_container_cluster")
	some i, pool in tf.blocks(r.values, "node_pool")
}

pool_text(p) := sprintf("node pool %s", [p.address]) if not p.inline

pool_text(p) := sprintf("node_pool %d of GKE cluster %s", [p.path[1], p.address]) if p.inline
