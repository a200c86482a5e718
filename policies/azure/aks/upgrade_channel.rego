# METADATA
# title: AKS cluster is not upgraded automatically
# description: >-
#   Kubernetes patch releases and node images carry fixes for CVEs in the API
#   server, kubelet, container runtime and node OS. Without an automatic
#   upgrade channel a cluster stays on the version it was created with until
#   someone upgrades it by hand, and eventually falls out of AKS support. AKS
#   patches the control plane infrastructure, but which Kubernetes version and
#   node image run is the customer's choice; the cluster channel defaults to
#   `none`, and a node OS channel of `None` stops security patches on nodes.
#   There is no automatic fix: the upgrade channels (`patch`, `stable`, `rapid`,
#   `node-image`) and node OS channels are the customer's choice of cadence.
# custom:
#   id: SRM-AZURE-AKS-005
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [azurerm_kubernetes_cluster]}
#   remediation: >-
#     Pick a channel and a maintenance window: `automatic_upgrade_channel =
#     "patch"` (`automatic_channel_upgrade` before azurerm 4.0; or `"stable"`) and
#     `node_os_upgrade_channel = "NodeImage"` (or `"SecurityPatch"`), with a
#     `maintenance_window_auto_upgrade` block.
#   frameworks: {nist-800-53: [SI-2, SI-2(2)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/aks/auto-upgrade-cluster"
#     - "https://learn.microsoft.com/en-us/azure/aks/auto-upgrade-node-os-image"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#automatic_upgrade_channel"
#   peers:
#     checkov: [CKV_AZURE_171]
package srm.azure.aks.upgrade_channel

import data.srm.lib.terraform as tf

# azurerm 4.x name, then the azurerm 3.x name.
channel_attributes := ["automatic_upgrade_channel", "automatic_channel_upgrade"]

node_os_attributes := ["node_os_upgrade_channel", "node_os_channel_upgrade"]

deny contains {
	"msg": sprintf("AKS cluster %s sets no automatic upgrade channel (automatic_upgrade_channel defaults to none): Kubernetes patches are never applied automatically", [r.address]),
	"resource": r.address,
	"path": ["automatic_upgrade_channel"],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	every attr in channel_attributes {
		object.get(r.values, attr, null) == null
	}
}

deny contains {
	"msg": sprintf("AKS cluster %s sets %s = %q: Kubernetes patches are never applied automatically", [r.address, attr, r.values[attr]]),
	"resource": r.address,
	"path": [attr],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	some attr in channel_attributes
	is_string(r.values[attr])
	lower(r.values[attr]) == "none"
}

deny contains {
	"msg": sprintf("AKS cluster %s sets %s = %q: node OS security patches are not applied", [r.address, attr, r.values[attr]]),
	"resource": r.address,
	"path": [attr],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	some attr in node_os_attributes
	is_string(r.values[attr])
	lower(r.values[attr]) == "none"
}
