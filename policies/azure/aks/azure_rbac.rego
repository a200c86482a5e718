# METADATA
# title: AKS cluster does not authorize Kubernetes access with Azure RBAC
# description: >-
#   Without Azure RBAC for Kubernetes authorization, who may do what in the
#   cluster lives only in in-cluster RoleBindings: invisible to Azure access
#   reviews, Privileged Identity Management and Conditional Access, left behind
#   when people change teams, and granted by anyone who can edit bindings.
#   Without Microsoft Entra ID integration at all, kubectl users authenticate
#   with certificates that cannot be revoked one by one. AKS enables neither by
#   default.
# custom:
#   id: SRM-AZURE-AKS-010
#   severity: low
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_kubernetes_cluster]}
#   remediation: >-
#     Integrate the cluster with Entra ID and authorize with Azure role assignments:
#     `azure_active_directory_role_based_access_control { azure_rbac_enabled = true
#     admin_group_object_ids = [azuread_group.aks_admins.object_id] }`, then grant
#     `Azure Kubernetes Service RBAC Reader/Writer/Admin` roles.
#   frameworks: {nist-800-53: [AC-2, AC-3, AC-6]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/aks/manage-azure-rbac"
#     - "https://learn.microsoft.com/en-us/azure/aks/enable-authentication-microsoft-entra-id"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#azure_rbac_enabled"
package srm.azure.aks.azure_rbac

import data.srm.lib.terraform as tf

# No Entra ID integration at all (azurerm 3.x/4.x block, or the azurerm 2.x nested block).
deny contains {
	"msg": sprintf("AKS cluster %s has no azure_active_directory_role_based_access_control block: Kubernetes users are neither authenticated by Entra ID nor authorized with Azure RBAC", [r.address]),
	"resource": r.address,
	"path": ["azure_active_directory_role_based_access_control"],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	count(tf.blocks(r.values, "azure_active_directory_role_based_access_control")) == 0
	count(legacy_blocks(r.values)) == 0
}

deny contains {
	"msg": sprintf("AKS cluster %s sets azure_rbac_enabled = false: access to the Kubernetes API is granted only by in-cluster RoleBindings, outside Azure role assignments and access reviews", [r.address]),
	"resource": r.address,
	"path": array.concat(path, ["azure_rbac_enabled"]),
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	some [path, block] in entra_blocks(r.values)
	tf.is_false(block.azure_rbac_enabled)
}

deny contains {
	"msg": sprintf("AKS cluster %s does not set azure_rbac_enabled (default false): access to the Kubernetes API is granted only by in-cluster RoleBindings, outside Azure role assignments and access reviews", [r.address]),
	"resource": r.address,
	"path": array.concat(path, ["azure_rbac_enabled"]),
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	some [path, block] in entra_blocks(r.values)
	object.get(block, "azure_rbac_enabled", null) == null
}

# [path, block] of every Entra ID integration block.
entra_blocks(values) := {[["azure_active_directory_role_based_access_control", i], block] |
	some i, block in tf.blocks(values, "azure_active_directory_role_based_access_control")
} | legacy_blocks(values)

# azurerm 2.x: role_based_access_control { azure_active_directory { ... } }.
legacy_blocks(values) := {[["role_based_access_control", i, "azure_active_directory", j], block] |
	some i, rbac in tf.blocks(values, "role_based_access_control")
	some j, block in tf.blocks(rbac, "azure_active_directory")
}
