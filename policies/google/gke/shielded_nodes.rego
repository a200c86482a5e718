# METADATA
# title: GKE cluster turns Shielded GKE Nodes off
# description: >-
#   Shielded GKE Nodes give every node a verifiable identity and measured boot, so
#   an attacker who obtains a node's bootstrap credentials (for example through
#   the metadata server) cannot impersonate a node and join the cluster to read
#   its secrets. GKE enables them by default (`enable_shielded_nodes = true`); this
#   policy reports clusters that turn them off.
# custom:
#   id: SRM-GCP-GKE-006
#   severity: medium
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: terraform, types: [google_container_cluster]}
#   remediation: >-
#     Keep the default or set `enable_shielded_nodes = true`, and give node pools
#     `shielded_instance_config { enable_secure_boot = true enable_integrity_monitoring = true }`.
#   fix: {safety: unsafe, change: 'Sets `enable_shielded_nodes = true`; GKE recreates the existing nodes as Shielded VMs, pool by pool, draining their pods.'}
#   frameworks: {nist-800-53: [SI-7, IA-3]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_shielded_nodes"
#   peers:
#     checkov: [CKV_GCP_71]
#     kics: [shielded_gke_nodes_disabled]
#     trivy: [AVD-GCP-0055]
package srm.google.gke.shielded_nodes

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("GKE cluster %s sets enable_shielded_nodes = false: nodes have no verifiable identity or measured boot", [r.address]),
	"resource": r.address,
	"path": ["enable_shielded_nodes"],
	"fix": [{"set": ["enable_shielded_nodes"], "value": true}],
} if {
	some r in tf.resources("google_container_cluster")
	tf.is_false(r.values.enable_shielded_nodes)
}
