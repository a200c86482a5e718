# METADATA
# title: GKE cluster enables legacy ABAC authorization
# description: >-
#   Legacy Attribute-Based Access Control grants permissions that Kubernetes RBAC
#   cannot see or restrict, and in GKE it gives broad rights to every service
#   account and user of the cluster: any compromised pod can act with far more
#   privilege than its RBAC bindings suggest. GKE disables ABAC on new clusters;
#   `enable_legacy_abac = true` turns it back on.
# custom:
#   id: SRM-GCP-GKE-001
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [google_container_cluster]}
#   remediation: >-
#     Remove the attribute or set `enable_legacy_abac = false`, and grant access with
#     Kubernetes RBAC (`Role`/`ClusterRole` bindings) and IAM.
#   fix: {safety: unsafe, change: 'Sets `enable_legacy_abac = false`; service accounts and users that only had access through ABAC grants lose it until RBAC bindings or IAM roles give it back.'}
#   frameworks: {nist-800-53: [AC-3, AC-6]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_legacy_abac"
#   peers:
#     checkov: [CKV_GCP_7]
#     kics: [gke_legacy_authorization_enabled]
#     trivy: [AVD-GCP-0062]
package srm.google.gke.legacy_abac

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("GKE cluster %s sets enable_legacy_abac = true: legacy ABAC grants permissions outside RBAC", [r.address]),
	"resource": r.address,
	"path": ["enable_legacy_abac"],
	"fix": [{"set": ["enable_legacy_abac"], "value": false}],
} if {
	some r in tf.resources("google_container_cluster")
	tf.is_true(r.values.enable_legacy_abac)
}
