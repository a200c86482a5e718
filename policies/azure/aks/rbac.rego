# METADATA
# title: AKS cluster has Kubernetes RBAC disabled
# description: >-
#   Without Kubernetes role-based access control every authenticated identity
#   is effectively a cluster administrator: any leaked kubeconfig, service
#   account token or compromised pod with API access can read every secret and
#   take over the cluster. AKS enables RBAC by default and it cannot be turned
#   on later without recreating the cluster, so disabling it is a
#   customer decision with lasting effect.
# custom:
#   id: SRM-AZURE-AKS-001
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_kubernetes_cluster]}
#   remediation: >-
#     Keep RBAC on: remove the attribute or set `role_based_access_control_enabled
#     = true` (azurerm 2.x: `role_based_access_control { enabled = true }`), and add
#     `azure_active_directory_role_based_access_control { azure_rbac_enabled = true }`.
#   frameworks: {nist-800-53: [AC-3, AC-6]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/aks/concepts-identity#kubernetes-rbac"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#role_based_access_control_enabled"
#   peers:
#     checkov: [CKV_AZURE_5]
#     kics: [aks_rbac_disabled]
#     trivy: [AVD-AZU-0042]
package srm.azure.aks.rbac

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("AKS cluster %s sets role_based_access_control_enabled = false: every authenticated identity has full access to the Kubernetes API", [r.address]),
	"resource": r.address,
	"path": ["role_based_access_control_enabled"],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	tf.is_false(r.values.role_based_access_control_enabled)
}

# azurerm 2.x block.
deny contains {
	"msg": sprintf("AKS cluster %s sets role_based_access_control.enabled = false: every authenticated identity has full access to the Kubernetes API", [r.address]),
	"resource": r.address,
	"path": ["role_based_access_control", i, "enabled"],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	some i, block in tf.blocks(r.values, "role_based_access_control")
	tf.is_false(block.enabled)
}
