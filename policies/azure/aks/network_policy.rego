# METADATA
# title: AKS cluster has no network policy engine
# description: >-
#   Without a network policy engine (Azure, Calico or Cilium), Kubernetes
#   NetworkPolicy objects are silently ignored and every pod can reach every
#   other pod and namespace, so one compromised workload can scan and attack the
#   whole cluster. AKS installs no engine unless `network_policy` is set, and it
#   can only be chosen when the cluster (or its network profile) is created.
# custom:
#   id: SRM-AZURE-AKS-004
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_kubernetes_cluster]}
#   remediation: >-
#     Choose an engine: `network_profile { network_plugin = "azure"
#     network_policy = "azure" }` (or `"calico"`, or `"cilium"` with
#     `network_data_plane = "cilium"`), then write NetworkPolicies that deny by default.
#   frameworks: {nist-800-53: [AC-4, SC-7]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/aks/use-network-policies"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#network_policy"
#   peers:
#     checkov: [CKV_AZURE_7]
#     kics: [aks_network_policy_misconfigured]
#     trivy: [AVD-AZU-0043]
package srm.azure.aks.network_policy

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("AKS cluster %s has no network_profile, so no network policy engine: NetworkPolicies are not enforced and all pods can reach each other", [r.address]),
	"resource": r.address,
	"path": ["network_profile"],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	count(tf.blocks(r.values, "network_profile")) == 0
}

deny contains {
	"msg": sprintf("AKS cluster %s sets no network_profile.network_policy: NetworkPolicies are not enforced and all pods can reach each other", [r.address]),
	"resource": r.address,
	"path": ["network_profile", i, "network_policy"],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	some i, profile in tf.blocks(r.values, "network_profile")
	object.get(profile, "network_policy", null) == null
	not bring_your_own_cni(profile)
	not cilium_data_plane(profile)
}

# network_plugin = "none": the customer installs and runs the CNI (and its policy engine).
bring_your_own_cni(profile) if lower(profile.network_plugin) == "none"

# The Cilium data plane enforces network policies itself.
cilium_data_plane(profile) if lower(profile.network_data_plane) == "cilium"

cilium_data_plane(profile) if lower(profile.ebpf_data_plane) == "cilium"
