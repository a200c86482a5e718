# METADATA
# title: Web app has no managed identity
# description: >-
#   Without a managed identity, an app that calls Key Vault, Storage, SQL or
#   other Azure services has to carry credentials of its own: connection
#   strings, keys or client secrets in app settings, which leak through
#   configuration exports, logs and deployment pipelines and are rarely
#   rotated. A system- or user-assigned identity lets the platform issue
#   short-lived Entra ID tokens instead. App Service creates none unless the
#   customer adds an `identity` block.
# custom:
#   id: SRM-AZURE-APPSERVICE-005
#   severity: low
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_app_service]}
#   remediation: >-
#     Give the app an identity and use it instead of secrets:
#     `identity { type = "SystemAssigned" }` (or `"UserAssigned"` with
#     `identity_ids`), plus role assignments or Key Vault references for what it needs.
#   frameworks: {cis-azure-2.1: ["9.5"], nist-800-53: [IA-2, IA-5]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/app-service/overview-managed-identity"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#identity"
#   peers:
#     checkov: [CKV_AZURE_16, CKV_AZURE_71]
#     kics: [app_service_managed_identity_disabled]
#     trivy: [AVD-AZU-0002]
package srm.azure.appservice.managed_identity

import data.srm.lib.terraform as tf

app_types := ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service"]

deny contains {
	"msg": sprintf("%s has no identity block: it needs stored credentials to call other Azure services", [r.address]),
	"resource": r.address,
	"path": ["identity"],
} if {
	some type in app_types
	some r in tf.resources(type)
	count(tf.blocks(r.values, "identity")) == 0
}
