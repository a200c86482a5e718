# METADATA
# title: App Service or Function App accepts plain FTP deployments
# description: >-
#   With `ftps_state = "AllAllowed"`, the app's deployment endpoint accepts
#   unencrypted FTP, so publishing credentials and the application code cross
#   the network in clear text and can be captured and reused to replace the
#   app. The current azurerm app resources disable FTP by default, but the
#   legacy `azurerm_app_service` and `azurerm_function_app` leave Azure's
#   default of allowing both FTP and FTPS.
# custom:
#   id: SRM-AZURE-APPSERVICE-003
#   severity: medium
#   areas: [data-security, network-controls]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_app_service, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_function_app]
#   remediation: >-
#     Turn FTP off (deploy with zip deploy, CI/CD or FTPS only):
#     `site_config { ftps_state = "Disabled" }` (or `"FtpsOnly"`).
#   fix: {safety: unsafe, change: 'Sets `site_config { ftps_state = "Disabled" }` (the block created when missing); deployments over FTP or FTPS stop working, so move them to zip deploy or CI/CD first.'}
#   frameworks: {cis-azure-2.1: ["9.10"], nist-800-53: [SC-8, CM-7]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/app-service/deploy-ftp#enforce-ftps"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#ftps_state"
#   peers:
#     checkov: [CKV_AZURE_78]
#     kics: [app_service_ftps_enforce_disabled, function_app_ftps_enforce_disabled]
#     trivy: [AVD-AZU-0071]
package srm.azure.appservice.ftps_state

import data.srm.lib.terraform as tf

app_types := [
	"azurerm_linux_web_app",
	"azurerm_windows_web_app",
	"azurerm_app_service",
	"azurerm_linux_function_app",
	"azurerm_windows_function_app",
	"azurerm_function_app",
]

# Legacy resources leave Azure's default: AllAllowed.
legacy_types := ["azurerm_app_service", "azurerm_function_app"]

deny contains {
	"msg": sprintf("%s sets site_config.ftps_state = %q: deployments over unencrypted FTP are accepted", [r.address, config.ftps_state]),
	"resource": r.address,
	"path": ["site_config", i, "ftps_state"],
	"fix": [{"set": ["site_config", i, "ftps_state"], "value": "Disabled"}],
} if {
	some type in app_types
	some r in tf.resources(type)
	some i, config in tf.blocks(r.values, "site_config")
	is_string(config.ftps_state)
	lower(config.ftps_state) == "allallowed"
}

deny contains {
	"msg": sprintf("%s does not set site_config.ftps_state (Azure default AllAllowed): deployments over unencrypted FTP are accepted", [r.address]),
	"resource": r.address,
	"path": ["site_config", i, "ftps_state"],
	"fix": [{"set": ["site_config", i, "ftps_state"], "value": "Disabled"}],
} if {
	some type in legacy_types
	some r in tf.resources(type)
	some i, config in tf.blocks(r.values, "site_config")
	not "ftps_state" in object.keys(config)
}

deny contains {
	"msg": sprintf("%s has no site_config block, so ftps_state keeps the Azure default AllAllowed: deployments over unencrypted FTP are accepted", [r.address]),
	"resource": r.address,
	"path": ["site_config"],
	"fix": [{"set": ["site_config", 0, "ftps_state"], "value": "Disabled"}],
} if {
	some type in legacy_types
	some r in tf.resources(type)
	count(tf.blocks(r.values, "site_config")) == 0
}
