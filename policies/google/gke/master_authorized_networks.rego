# METADATA
# title: GKE control plane is reachable from any IP address
# description: >-
#   Without control plane authorized networks, the cluster's Kubernetes API
#   endpoint accepts connections from the whole internet, so every API server
#   vulnerability and every leaked kubeconfig or token can be used from anywhere.
#   GKE does not restrict the public endpoint unless
#   `master_authorized_networks_config` lists the allowed ranges; a 0.0.0.0/0
#   entry or `gcp_public_cidrs_access_enabled` defeats it. Clusters whose public IP
#   endpoint is disabled are not reported.
# custom:
#   id: SRM-GCP-GKE-003
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_container_cluster]}
#   remediation: >-
#     Allow only known networks: `master_authorized_networks_config { cidr_blocks {
#     cidr_block = "10.0.0.0/8" display_name = "corp" } }`, or disable the public
#     endpoint (`private_cluster_config { enable_private_endpoint = true }`) and use
#     the DNS-based endpoint or a bastion.
#   frameworks: {nist-800-53: [AC-3, AC-17, SC-7]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_authorized_networks_config"
#   peers:
#     checkov: [CKV_GCP_20]
#     trivy: [AVD-GCP-0061]
package srm.google.gke.master_authorized_networks

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("GKE cluster %s has no master_authorized_networks_config: its Kubernetes API endpoint accepts connections from any IP address", [r.address]),
	"resource": r.address,
	"path": ["master_authorized_networks_config"],
} if {
	some r in public_clusters
	count(tf.blocks(r.values, "master_authorized_networks_config")) == 0
}

deny contains {
	"msg": sprintf("GKE cluster %s authorizes %s to reach its Kubernetes API endpoint", [r.address, block.cidr_block]),
	"resource": r.address,
	"path": ["master_authorized_networks_config", m, "cidr_blocks", k, "cidr_block"],
} if {
	some r in public_clusters
	some m, config in tf.blocks(r.values, "master_authorized_networks_config")
	some k, block in tf.blocks(config, "cidr_blocks")
	tf.is_world_cidr(block.cidr_block)
}

deny contains {
	"msg": sprintf("GKE cluster %s sets gcp_public_cidrs_access_enabled = true: every Google Cloud public IP, including other customers' VMs, can reach its Kubernetes API endpoint", [r.address]),
	"resource": r.address,
	"path": ["master_authorized_networks_config", m, "gcp_public_cidrs_access_enabled"],
} if {
	some r in public_clusters
	some m, config in tf.blocks(r.values, "master_authorized_networks_config")
	tf.is_true(config.gcp_public_cidrs_access_enabled)
}

# Clusters with a public IP endpoint (not turned off with enable_private_endpoint
# or control_plane_endpoints_config.ip_endpoints_config.enabled = false).
public_clusters contains r if {
	some r in tf.resources("google_container_cluster")
	not private_endpoint(r.values)
}

private_endpoint(values) if {
	some config in tf.blocks(values, "private_cluster_config")
	tf.is_true(config.enable_private_endpoint)
}

private_endpoint(values) if {
	some endpoints in tf.blocks(values, "control_plane_endpoints_config")
	some ip in tf.blocks(endpoints, "ip_endpoints_config")
	tf.is_false(ip.enabled)
}
