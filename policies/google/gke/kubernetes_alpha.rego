# METADATA
# title: GKE cluster enables Kubernetes alpha features
# description: >-
#   An alpha cluster runs Kubernetes APIs and features that are not production
#   ready, may have unpatched security issues and are not covered by the GKE SLA.
#   Such a cluster cannot be upgraded and has node auto-upgrade and auto-repair
#   turned off, so it stays on its initial version without security patches until
#   GKE deletes it after 30 days. GKE only creates alpha clusters when
#   `enable_kubernetes_alpha = true`.
# custom:
#   id: SRM-GCP-GKE-015
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: terraform, types: [google_container_cluster]}
#   remediation: >-
#     Remove `enable_kubernetes_alpha` (or set it to false) and enable the few beta
#     APIs you need with `enable_k8s_beta_apis { enabled_apis = [...] }`; keep alpha
#     clusters for short-lived experiments outside production.
#   fix: {safety: unsafe, change: 'Sets `enable_kubernetes_alpha = false`; the attribute forces a new cluster, so Terraform destroys the alpha cluster with its workloads and creates a new one.'}
#   frameworks: {cis-gke-1.6: ["5.10.2"], nist-800-53: [CM-7, SI-2, SA-22]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/concepts/alpha-clusters"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_kubernetes_alpha"
#   peers:
#     checkov: [CKV2_GCP_19]
#     kics: [google_kubernetes_engine_cluster_has_alpha_features_enabled]
package srm.google.gke.kubernetes_alpha

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("GKE cluster %s sets enable_kubernetes_alpha = true: it runs unsupported alpha features, cannot be upgraded and gets no security patches", [r.address]),
	"resource": r.address,
	"path": ["enable_kubernetes_alpha"],
	"fix": [{"set": ["enable_kubernetes_alpha"], "value": false}],
} if {
	some r in tf.resources("google_container_cluster")
	tf.is_true(r.values.enable_kubernetes_alpha)
}

unknown contains {"resource": r.address, "path": ["enable_kubernetes_alpha"]} if {
	some r in tf.resources("google_container_cluster")
	tf.is_unresolved(r.values.enable_kubernetes_alpha)
}
