# METADATA
# title: Data Factory has no managed identity
# description: >-
#   Without a managed identity, every linked service of a data factory has to
#   authenticate with stored secrets: storage account keys, SQL passwords,
#   service principal secrets or SAS tokens kept in the factory or its
#   parameters, which are long-lived, rarely rotated and exposed to everyone who
#   can author pipelines. Data Factory created through the API gets no identity
#   unless the customer adds one; customer-managed keys need it too.
# custom:
#   id: SRM-AZURE-DATAFACTORY-002
#   severity: low
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_data_factory]}
#   remediation: >-
#     Give the factory an identity and use it in linked services:
#     `identity { type = "SystemAssigned" }` (or `"UserAssigned"` with
#     `identity_ids`), plus role assignments on the data stores and Key Vault.
#   frameworks: {nist-800-53: [IA-2, IA-5]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/data-factory/data-factory-service-identity"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/data_factory#identity"
package srm.azure.datafactory.managed_identity

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Data factory %s has no identity block: its linked services must authenticate with stored keys, passwords or secrets", [r.address]),
	"resource": r.address,
	"path": ["identity"],
} if {
	some r in tf.resources("azurerm_data_factory")
	count(tf.blocks(r.values, "identity")) == 0
}
