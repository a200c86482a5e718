# METADATA
# title: Synapse workspace does not prevent data exfiltration
# description: >-
#   Without data exfiltration protection, code in a notebook, pipeline or SQL
#   script can create managed private endpoints to any storage account or
#   database in any Microsoft Entra tenant and copy the workspace's data there;
#   an insider or a hijacked developer account needs nothing more. The
#   protection limits outbound connections to approved tenants, can only be
#   chosen at creation (with a managed virtual network) and is off by default.
# custom:
#   id: SRM-AZURE-SYNAPSE-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_synapse_workspace]}
#   remediation: >-
#     Create the workspace with `managed_virtual_network_enabled = true` and
#     `data_exfiltration_protection_enabled = true`, listing the allowed tenants in
#     `linking_allowed_for_aad_tenant_ids`.
#   frameworks: {nist-800-53: [AC-4, SC-7(10)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/synapse-analytics/security/workspace-data-exfiltration-protection"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/synapse_workspace#data_exfiltration_protection_enabled"
#   peers:
#     checkov: [CKV_AZURE_157]
package srm.azure.synapse.exfiltration_protection

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Synapse workspace %s sets data_exfiltration_protection_enabled = false: its code can copy data to storage in any tenant", [r.address]),
	"resource": r.address,
	"path": ["data_exfiltration_protection_enabled"],
} if {
	some r in tf.resources("azurerm_synapse_workspace")
	tf.is_false(r.values.data_exfiltration_protection_enabled)
}

deny contains {
	"msg": sprintf("Synapse workspace %s does not set data_exfiltration_protection_enabled (default false): its code can copy data to storage in any tenant", [r.address]),
	"resource": r.address,
	"path": ["data_exfiltration_protection_enabled"],
} if {
	some r in tf.resources("azurerm_synapse_workspace")
	object.get(r.values, "data_exfiltration_protection_enabled", null) == null
}
