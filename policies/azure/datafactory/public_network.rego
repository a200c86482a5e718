# METADATA
# title: Data Factory is reachable from public networks
# description: >-
#   A data factory with public network access accepts authoring, pipeline and
#   self-hosted integration runtime traffic from any address on the internet, so
#   a stolen token or integration runtime key can be used from anywhere to run
#   pipelines that read every linked data store. Data Factory enables public
#   access unless the customer turns it off in favour of private endpoints.
# custom:
#   id: SRM-AZURE-DATAFACTORY-001
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_data_factory]}
#   remediation: >-
#     Reach the factory through private endpoints (`dataFactory` and `portal`
#     sub-resources) and set `public_network_enabled = false`.
#   fix: {safety: unsafe, change: 'Sets `public_network_enabled = false`; Data Factory Studio and API calls from networks without a private endpoint to the factory are refused.'}
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/data-factory/data-factory-private-link"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/data_factory#public_network_enabled"
#   peers:
#     checkov: [CKV_AZURE_104]
#     trivy: [AVD-AZU-0035]
package srm.azure.datafactory.public_network

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Data factory %s sets public_network_enabled = true: it accepts connections from any network", [r.address]),
	"resource": r.address,
	"path": ["public_network_enabled"],
	"fix": [{"set": ["public_network_enabled"], "value": false}],
} if {
	some r in tf.resources("azurerm_data_factory")
	tf.is_true(r.values.public_network_enabled)
}

deny contains {
	"msg": sprintf("Data factory %s does not set public_network_enabled (default true): it accepts connections from any network", [r.address]),
	"resource": r.address,
	"path": ["public_network_enabled"],
	"fix": [{"set": ["public_network_enabled"], "value": false}],
} if {
	some r in tf.resources("azurerm_data_factory")
	object.get(r.values, "public_network_enabled", null) == null
}
