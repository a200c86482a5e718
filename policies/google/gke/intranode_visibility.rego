# METADATA
# title: GKE cluster does not route traffic between pods on the same node through the VPC
# description: >-
#   Without intranode visibility, packets between two pods on the same node never
#   leave the node, so VPC firewall rules, VPC Flow Logs and Packet Mirroring do not
#   apply to them: a compromised pod can reach its neighbours unfiltered and
#   unlogged, and investigators see none of that traffic. Intranode visibility is
#   off by default on Standard clusters (Autopilot enables it) and is turned on
#   with `enable_intranode_visibility = true`.
# custom:
#   id: SRM-GCP-GKE-012
#   severity: low
#   areas: [logging-monitoring, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_container_cluster]}
#   remediation: >-
#     Set `enable_intranode_visibility = true` on `google_container_cluster` (and
#     enable flow logs on the node subnet), so pod-to-pod traffic on a node is
#     processed, filtered and logged by the VPC network.
#   fix: {safety: unsafe, change: 'Sets `enable_intranode_visibility = true`; GKE restarts networking components on the nodes, and VPC firewall rules then also apply to traffic between pods of one node, which may block flows that worked before (flow logs also grow).'}
#   frameworks: {cis-gke-1.6: ["5.6.1"], nist-800-53: [AU-12, SI-4, SC-7]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/intranode-visibility"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_intranode_visibility"
#   peers: {checkov: [CKV_GCP_61]}
package srm.google.gke.intranode_visibility

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("GKE cluster %s sets enable_intranode_visibility = false: traffic between pods on the same node bypasses VPC firewall rules and flow logs", [r.address]),
	"resource": r.address,
	"path": ["enable_intranode_visibility"],
	"fix": [{"set": ["enable_intranode_visibility"], "value": true}],
} if {
	some r in tf.resources("google_container_cluster")
	tf.is_false(r.values.enable_intranode_visibility)
}

deny contains {
	"msg": sprintf("GKE cluster %s does not set enable_intranode_visibility (off by default on Standard clusters): traffic between pods on the same node bypasses VPC firewall rules and flow logs", [r.address]),
	"resource": r.address,
	"path": ["enable_intranode_visibility"],
	"fix": [{"set": ["enable_intranode_visibility"], "value": true}],
} if {
	some r in tf.resources("google_container_cluster")
	object.get(r.values, "enable_intranode_visibility", null) == null
	standard(r.values)
}

unknown contains {"resource": r.address, "path": ["enable_intranode_visibility"]} if {
	some r in tf.resources("google_container_cluster")
	tf.is_unresolved(r.values.enable_intranode_visibility)
}

# Standard clusters (Autopilot enables intranode visibility by default); an
# unresolved enable_autopilot is not judged.
standard(values) if {
	not tf.is_true(object.get(values, "enable_autopilot", false))
	not tf.is_unresolved(object.get(values, "enable_autopilot", false))
}
