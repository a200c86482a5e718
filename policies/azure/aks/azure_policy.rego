# METADATA
# title: AKS cluster does not run the Azure Policy add-on
# description: >-
#   The Azure Policy add-on installs Gatekeeper so that Azure Policy
#   definitions, such as the Kubernetes pod security baseline or restricted
#   initiatives, are enforced and audited inside the cluster: privileged
#   containers, host namespaces or images from unapproved registries are then
#   rejected and reported centrally for compliance. AKS does not install the
#   add-on unless the customer enables it.
# custom:
#   id: SRM-AZURE-AKS-006
#   severity: medium
#   areas: [compliance, guest-os]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_kubernetes_cluster]}
#   remediation: >-
#     Enable the add-on: `azure_policy_enabled = true` (azurerm 2.x:
#     `addon_profile { azure_policy { enabled = true } }`), then assign the
#     Kubernetes pod security baseline initiative to the cluster.
#   fix: {safety: unsafe, change: 'Sets `azure_policy_enabled = true` (on azurerm 2.x, `addon_profile { azure_policy { enabled = true } }`); the Gatekeeper add-on is installed, and Azure Policy assignments with a deny effect on the cluster scope then reject non-compliant pods.'}
#   frameworks: {nist-800-53: [CM-6, CM-7]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/governance/policy/concepts/policy-for-kubernetes"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#azure_policy_enabled"
#   peers:
#     checkov: [CKV_AZURE_116]
#     kics: [aks_uses_azure_policies_addon_disabled]
#     trivy: [AVD-AZU-0066]
package srm.azure.aks.azure_policy

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("AKS cluster %s sets azure_policy_enabled = false: pod security and compliance policies are not enforced in the cluster", [r.address]),
	"resource": r.address,
	"path": ["azure_policy_enabled"],
	"fix": [{"set": ["azure_policy_enabled"], "value": true}],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	tf.is_false(r.values.azure_policy_enabled)
}

# azurerm 2.x add-on block switched off.
deny contains {
	"msg": sprintf("AKS cluster %s sets addon_profile.azure_policy.enabled = false: pod security and compliance policies are not enforced in the cluster", [r.address]),
	"resource": r.address,
	"path": ["addon_profile", i, "azure_policy", j, "enabled"],
	"fix": [{"set": ["addon_profile", i, "azure_policy", j, "enabled"], "value": true}],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	not "azure_policy_enabled" in object.keys(r.values)
	some i, profile in tf.blocks(r.values, "addon_profile")
	some j, addon in tf.blocks(profile, "azure_policy")
	tf.is_false(addon.enabled)
}

deny contains {
	"msg": sprintf("AKS cluster %s does not enable the Azure Policy add-on (azure_policy_enabled is not set): pod security and compliance policies are not enforced in the cluster", [r.address]),
	"resource": r.address,
	"path": ["azure_policy_enabled"],
	"fix": [missing_fix(r.values)],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	not "azure_policy_enabled" in object.keys(r.values)
	not legacy_addon_configured(r.values)
}

# A cluster written for azurerm 2.x (an addon_profile block) gets the add-on in
# that block; any other the azurerm 3.x/4.x attribute.
missing_fix(values) := {"set": ["addon_profile", 0, "azure_policy", 0, "enabled"], "value": true} if count(tf.blocks(values, "addon_profile")) > 0

missing_fix(values) := {"set": ["azure_policy_enabled"], "value": true} if count(tf.blocks(values, "addon_profile")) == 0

legacy_addon_configured(values) if {
	some profile in tf.blocks(values, "addon_profile")
	count(tf.blocks(profile, "azure_policy")) > 0
}
