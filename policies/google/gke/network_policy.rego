# METADATA
# title: GKE cluster does not enforce Kubernetes network policies
# description: >-
#   Without network policy enforcement every pod can talk to every other pod and
#   service in the cluster, so one compromised workload can reach databases,
#   internal APIs and the metadata of every namespace. NetworkPolicy objects are
#   silently ignored unless the cluster enables enforcement, either with
#   `network_policy { enabled = true }` (Calico) or with GKE Dataplane V2; Autopilot
#   clusters always enforce them.
# custom:
#   id: SRM-GCP-GKE-005
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_container_cluster]}
#   remediation: >-
#     Use GKE Dataplane V2: `datapath_provider = "ADVANCED_DATAPATH"` (new clusters),
#     or enable Calico enforcement: `network_policy { enabled = true provider =
#     "CALICO" }` with `addons_config { network_policy_config { disabled = false } }`;
#     then write NetworkPolicy objects (default deny per namespace).
#   frameworks: {nist-800-53: [AC-4, SC-7]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy"
#     - "https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#network_policy"
#   peers:
#     checkov: [CKV_GCP_12]
#     kics: [network_policy_disabled]
#     trivy: [AVD-GCP-0056]
package srm.google.gke.network_policy

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("GKE cluster %s sets network_policy.enabled = false and does not use Dataplane V2: NetworkPolicy objects are not enforced", [r.address]),
	"resource": r.address,
	"path": ["network_policy", i, "enabled"],
} if {
	some r in candidates
	some i, policy in tf.blocks(r.values, "network_policy")
	tf.is_false(policy.enabled)
}

deny contains {
	"msg": sprintf("GKE cluster %s has no network_policy block and does not use Dataplane V2 (datapath_provider = \"ADVANCED_DATAPATH\"): NetworkPolicy objects are not enforced", [r.address]),
	"resource": r.address,
	"path": ["network_policy"],
} if {
	some r in candidates
	count(tf.blocks(r.values, "network_policy")) == 0
}

# Calico enforcement needs the network policy add-on: with
# `addons_config { network_policy_config { disabled = true } }` the
# `network_policy { enabled = true }` setting enforces nothing.
deny contains {
	"msg": sprintf("GKE cluster %s sets network_policy.enabled = true but disables the add-on (addons_config.network_policy_config.disabled = true) and does not use Dataplane V2: NetworkPolicy objects are not enforced", [r.address]),
	"resource": r.address,
	"path": ["addons_config", i, "network_policy_config", j, "disabled"],
} if {
	some r in candidates
	some policy in tf.blocks(r.values, "network_policy")
	tf.is_true(policy.enabled)
	some i, addons in tf.blocks(r.values, "addons_config")
	some j, config in tf.blocks(addons, "network_policy_config")
	tf.is_true(config.disabled)
}

# Standard clusters without Dataplane V2 (which enforces network policies natively).
candidates contains r if {
	some r in tf.resources("google_container_cluster")
	not tf.is_true(r.values.enable_autopilot)
	not tf.is_unresolved(r.values.enable_autopilot)
	object.get(r.values, "datapath_provider", "") != "ADVANCED_DATAPATH"
	not tf.is_unresolved(object.get(r.values, "datapath_provider", ""))
}
