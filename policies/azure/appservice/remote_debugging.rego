# METADATA
# title: App Service or Function App has remote debugging enabled
# description: >-
#   Remote debugging opens extra inbound ports on the app's workers for a
#   Visual Studio debugger, letting anyone with publishing credentials attach,
#   read memory (secrets, tokens, customer data) and change the running code.
#   It is meant for short troubleshooting sessions and is easily left on. App
#   Service keeps it off unless the customer enables it.
# custom:
#   id: SRM-AZURE-APPSERVICE-007
#   severity: medium
#   areas: [network-controls, guest-os]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_app_service, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_function_app]
#   remediation: >-
#     Turn it off: remove the attribute or set `site_config {
#     remote_debugging_enabled = false }`; debug in a separate slot or locally.
#   fix: {safety: safe, change: 'Sets `site_config { remote_debugging_enabled = false }`; only a debugger attached from Visual Studio is disconnected (the app restarts once to apply the setting).'}
#   frameworks: {nist-800-53: [CM-7, AC-17]}
#   references:
#     - "https://learn.microsoft.com/en-us/visualstudio/debugger/remote-debugging-azure-app-service"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#remote_debugging_enabled"
#   peers:
#     checkov: [CKV_AZURE_72]
#     kics: [app_service_remote_debugging_enabled]
package srm.azure.appservice.remote_debugging

import data.srm.lib.terraform as tf

app_types := [
	"azurerm_linux_web_app",
	"azurerm_windows_web_app",
	"azurerm_app_service",
	"azurerm_linux_function_app",
	"azurerm_windows_function_app",
	"azurerm_function_app",
]

deny contains {
	"msg": sprintf("%s sets site_config.remote_debugging_enabled = true: a debugger can attach to the running app", [r.address]),
	"resource": r.address,
	"path": ["site_config", i, "remote_debugging_enabled"],
	"fix": [{"set": ["site_config", i, "remote_debugging_enabled"], "value": false}],
} if {
	some type in app_types
	some r in tf.resources(type)
	some i, config in tf.blocks(r.values, "site_config")
	tf.is_true(config.remote_debugging_enabled)
}
