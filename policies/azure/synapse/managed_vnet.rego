# METADATA
# title: Synapse workspace does not run its compute in a managed virtual network
# description: >-
#   Without a managed virtual network, a workspace's Spark pools and integration
#   runtimes run on shared infrastructure and reach data stores over their public
#   endpoints, so the stores must stay open to the internet and nothing isolates
#   one workspace's compute from another's. The managed virtual network, with
#   managed private endpoints, can only be chosen when the workspace is created
#   and is off by default.
# custom:
#   id: SRM-AZURE-SYNAPSE-001
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_synapse_workspace]}
#   remediation: >-
#     Create the workspace with `managed_virtual_network_enabled = true` and reach
#     data stores through `azurerm_synapse_managed_private_endpoint` resources.
#   frameworks: {nist-800-53: [AC-4, SC-7]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/synapse-analytics/security/synapse-workspace-managed-vnet"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/synapse_workspace#managed_virtual_network_enabled"
#   peers:
#     checkov: [CKV_AZURE_58]
#     trivy: [AVD-AZU-0034]
package srm.azure.synapse.managed_vnet

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Synapse workspace %s sets managed_virtual_network_enabled = false: its Spark pools and pipelines run without network isolation", [r.address]),
	"resource": r.address,
	"path": ["managed_virtual_network_enabled"],
} if {
	some r in tf.resources("azurerm_synapse_workspace")
	tf.is_false(r.values.managed_virtual_network_enabled)
}

deny contains {
	"msg": sprintf("Synapse workspace %s does not set managed_virtual_network_enabled (default false): its Spark pools and pipelines run without network isolation", [r.address]),
	"resource": r.address,
	"path": ["managed_virtual_network_enabled"],
} if {
	some r in tf.resources("azurerm_synapse_workspace")
	object.get(r.values, "managed_virtual_network_enabled", null) == null
}
