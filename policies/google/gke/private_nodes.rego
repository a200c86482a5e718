# METADATA
# title: GKE cluster nodes have public IP addresses
# description: >-
#   Without private nodes every GKE node gets an external IP address, so the
#   kubelet, NodePort services and anything listening on the host network are one
#   firewall mistake away from the internet, and compromised pods can be reached
#   directly. GKE gives nodes public addresses unless `enable_private_nodes` is
#   set; private nodes still pull images and reach Google APIs through Private
#   Google Access and Cloud NAT.
# custom:
#   id: SRM-GCP-GKE-004
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_container_cluster]}
#   remediation: >-
#     Create the cluster with private nodes: `private_cluster_config {
#     enable_private_nodes = true master_ipv4_cidr_block = "172.16.0.0/28" }`, with
#     `google_compute_router_nat` for outbound traffic.
#   frameworks: {nist-800-53: [SC-7, AC-4]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/latest/network-isolation"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_private_nodes"
#   peers:
#     checkov: [CKV_GCP_64]
#     trivy: [AVD-GCP-0059]
package srm.google.gke.private_nodes

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("GKE cluster %s has no private_cluster_config block: its nodes get public IP addresses", [r.address]),
	"resource": r.address,
	"path": ["private_cluster_config"],
} if {
	some r in tf.resources("google_container_cluster")
	count(tf.blocks(r.values, "private_cluster_config")) == 0
}

deny contains {
	"msg": sprintf("GKE cluster %s sets enable_private_nodes = false: its nodes get public IP addresses", [r.address]),
	"resource": r.address,
	"path": ["private_cluster_config", i, "enable_private_nodes"],
} if {
	some r in tf.resources("google_container_cluster")
	some i, config in tf.blocks(r.values, "private_cluster_config")
	tf.is_false(config.enable_private_nodes)
}

deny contains {
	"msg": sprintf("GKE cluster %s does not set enable_private_nodes in private_cluster_config (it defaults to false): its nodes get public IP addresses", [r.address]),
	"resource": r.address,
	"path": ["private_cluster_config", i, "enable_private_nodes"],
} if {
	some r in tf.resources("google_container_cluster")
	some i, config in tf.blocks(r.values, "private_cluster_config")
	object.get(config, "enable_private_nodes", null) == null
}
