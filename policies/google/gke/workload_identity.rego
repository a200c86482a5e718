# METADATA
# title: GKE workloads can use the node's service account (Workload Identity off)
# description: >-
#   Without Workload Identity every pod can query the node's metadata server and
#   obtain tokens of the node's service account (often the Compute Engine default
#   account with Editor rights) and the kubelet's bootstrap credentials, so one
#   compromised container acts with the permissions of the whole node pool.
#   Workload Identity gives each Kubernetes service account its own IAM identity
#   and hides the node credentials. Standard clusters have it off unless
#   `workload_identity_config` is set; Autopilot always enables it.
# custom:
#   id: SRM-GCP-GKE-007
#   severity: medium
#   areas: [iam, guest-os]
#   responsibility: customer
#   input: {format: terraform, types: [google_container_cluster, google_container_node_pool]}
#   remediation: >-
#     Enable it on the cluster: `workload_identity_config { workload_pool =
#     "${var.project_id}.svc.id.goog" }`, and keep node pools on the GKE metadata
#     server: `node_config { workload_metadata_config { mode = "GKE_METADATA" } }`.
#   frameworks: {nist-800-53: [AC-6, IA-2, IA-5]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_identity_config"
package srm.google.gke.workload_identity

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("GKE cluster %s has no workload_identity_config: pods can use the node service account's credentials", [r.address]),
	"resource": r.address,
	"path": ["workload_identity_config"],
} if {
	some r in tf.resources("google_container_cluster")
	not tf.is_true(r.values.enable_autopilot)
	not tf.is_unresolved(r.values.enable_autopilot)
	count(tf.blocks(r.values, "workload_identity_config")) == 0
}

deny contains {
	"msg": sprintf("GKE cluster %s sets an empty workload_pool: Workload Identity is off", [r.address]),
	"resource": r.address,
	"path": ["workload_identity_config", i, "workload_pool"],
} if {
	some r in tf.resources("google_container_cluster")
	some i, config in tf.blocks(r.values, "workload_identity_config")
	object.get(config, "workload_pool", "") in {"", null}
}

# Node pools that expose the Compute Engine metadata server to pods.
deny contains {
	"msg": sprintf("%s sets workload_metadata_config %s = %q: pods of these nodes reach the node's metadata server and service account", [nc.address, attr, config[attr]]),
	"resource": nc.address,
	"path": array.concat(nc.path, ["workload_metadata_config", w, attr]),
} if {
	some nc in node_configs
	some w, config in tf.blocks(nc.node_config, "workload_metadata_config")
	some attr, exposed in {"mode": "GCE_METADATA", "node_metadata": "EXPOSE"}
	config[attr] == exposed
}

# node_configs: the cluster's default node config, its inline node_pool blocks and
# google_container_node_pool resources, with their paths.
node_configs contains {"address": r.address, "path": ["node_config", n], "node_config": node_config} if {
	some type in ["google_container_cluster", "google_container_node_pool"]
	some r in tf.resources(type)
	some n, node_config in tf.blocks(r.values, "node_config")
}

node_configs contains {"address": r.address, "path": ["node_pool", p, "node_config", n], "node_config": node_config} if {
	some r in tf.resources("google_container_cluster")
	some p, pool in tf.blocks(r.values, "node_pool")
	some n, node_config in tf.blocks(pool, "node_config")
}
