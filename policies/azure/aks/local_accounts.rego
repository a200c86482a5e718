# METADATA
# title: AKS cluster keeps its local admin account
# description: >-
#   Every AKS cluster has a local `clusterAdmin` account whose static
#   certificate-based kubeconfig (`az aks get-credentials --admin`) bypasses
#   Microsoft Entra ID: no MFA, no conditional access, no per-user audit trail,
#   and it stays valid until the cluster certificates are rotated. AKS keeps
#   local accounts enabled unless the customer disables them, which requires
#   Entra ID integration. A cluster without an
#   `azure_active_directory_role_based_access_control` block gets no automatic
#   fix, as AKS refuses to disable local accounts before Entra ID integration,
#   whose admin groups are the customer's choice.
# custom:
#   id: SRM-AZURE-AKS-002
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_kubernetes_cluster]}
#   remediation: >-
#     Use Entra ID only: `local_account_disabled = true` together with
#     `azure_active_directory_role_based_access_control { azure_rbac_enabled = true
#     admin_group_object_ids = [azuread_group.aks_admins.object_id] }`.
#   fix: {safety: unsafe, change: 'Sets `local_account_disabled = true` on clusters integrated with Entra ID; `az aks get-credentials --admin` and kubeconfigs built on the local admin certificate stop working.'}
#   frameworks: {nist-800-53: [AC-2, IA-2, IA-5]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/aks/manage-local-accounts-managed-azure-ad"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#local_account_disabled"
#   peers:
#     checkov: [CKV_AZURE_141]
package srm.azure.aks.local_accounts

import data.srm.lib.terraform as tf

deny contains object.union({
	"msg": sprintf("AKS cluster %s sets local_account_disabled = false: the static cluster admin credentials bypass Entra ID", [r.address]),
	"resource": r.address,
	"path": ["local_account_disabled"],
}, fix(r.values)) if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	tf.is_false(r.values.local_account_disabled)
}

deny contains object.union({
	"msg": sprintf("AKS cluster %s does not set local_account_disabled (default false): the static cluster admin credentials bypass Entra ID", [r.address]),
	"resource": r.address,
	"path": ["local_account_disabled"],
}, fix(r.values)) if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	not "local_account_disabled" in object.keys(r.values)
}

# The fix, for a cluster integrated with Entra ID (azurerm 3.x/4.x block, or the
# azurerm 2.x block nested in role_based_access_control); {} otherwise.
fix(values) := {"fix": [{"set": ["local_account_disabled"], "value": true}]} if entra_integrated(values)

fix(values) := {} if not entra_integrated(values)

entra_integrated(values) if count(tf.blocks(values, "azure_active_directory_role_based_access_control")) > 0

entra_integrated(values) if {
	some rbac in tf.blocks(values, "role_based_access_control")
	count(tf.blocks(rbac, "azure_active_directory")) > 0
}
