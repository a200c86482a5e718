# METADATA
# title: Storage account accepts unencrypted HTTP requests
# description: >-
#   With secure transfer turned off, the blob, file, queue and table endpoints
#   also answer plain HTTP, so account keys, SAS tokens and the data itself can
#   be read or changed by anyone on the network path. Azure requires secure
#   transfer on new accounts by default; turning it off is an explicit choice
#   that the customer has to undo.
# custom:
#   id: SRM-AZURE-STORAGE-001
#   severity: high
#   areas: [data-security, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_storage_account]}
#   remediation: >-
#     Require secure transfer: remove the attribute or set
#     `https_traffic_only_enabled = true` (`enable_https_traffic_only = true`
#     before azurerm 4.0).
#   fix: {safety: unsafe, change: 'Sets `https_traffic_only_enabled = true` (or `enable_https_traffic_only = true` where that attribute is written); clients that still call the endpoints over plain `http://` are refused.'}
#   frameworks: {cis-azure-2.1: ["3.1"], nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#https_traffic_only_enabled"
#   peers:
#     checkov: [CKV_AZURE_3]
#     kics: [storage_account_not_forcing_https]
#     trivy: [AVD-AZU-0008]
package srm.azure.storage.https_only

import data.srm.lib.terraform as tf

# azurerm 4.x name first, then the azurerm 3.x name (both default to true).
https_attributes := ["https_traffic_only_enabled", "enable_https_traffic_only"]

deny contains {
	"msg": sprintf("Storage account %s sets %s = false, so its endpoints also accept unencrypted HTTP", [r.address, attr]),
	"resource": r.address,
	"path": [attr],
	"fix": [{"set": [attr], "value": true}],
} if {
	some r in tf.resources("azurerm_storage_account")
	some attr in https_attributes
	tf.is_false(r.values[attr])
}
