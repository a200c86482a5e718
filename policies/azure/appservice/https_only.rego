# METADATA
# title: App Service or Function App serves plain HTTP
# description: >-
#   Unless HTTPS Only is on, App Service answers plain HTTP requests instead of
#   redirecting them to HTTPS, so session cookies, bearer tokens, form data and
#   responses can be read or altered by anyone on the network path, and
#   downgrade attacks become possible. The platform provides the certificate
#   and HTTPS endpoint, but the azurerm provider leaves `https_only` at `false`
#   unless the customer sets it.
# custom:
#   id: SRM-AZURE-APPSERVICE-001
#   severity: medium
#   areas: [data-security, network-controls]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_app_service, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_function_app]
#   remediation: >-
#     Redirect HTTP to HTTPS: `https_only = true`.
#   fix: {safety: unsafe, change: 'Sets `https_only = true`; plain HTTP requests are answered with a redirect to HTTPS, which clients that do not follow redirects (webhooks or API clients posting to an `http://` URL) do not handle.'}
#   frameworks: {cis-azure-2.1: ["9.2"], nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/app-service/configure-ssl-bindings#enforce-https"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#https_only"
#   peers:
#     checkov: [CKV_AZURE_14, CKV_AZURE_70]
#     kics: [web_app_accepting_traffic_other_than_https]
#     trivy: [AVD-AZU-0004, AVD-AZU-0072]
package srm.azure.appservice.https_only

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
	"msg": sprintf("%s sets https_only = false: plain HTTP requests are served instead of being redirected to HTTPS", [r.address]),
	"resource": r.address,
	"path": ["https_only"],
	"fix": fix,
} if {
	some type in app_types
	some r in tf.resources(type)
	tf.is_false(r.values.https_only)
}

deny contains {
	"msg": sprintf("%s does not set https_only (default false): plain HTTP requests are served instead of being redirected to HTTPS", [r.address]),
	"resource": r.address,
	"path": ["https_only"],
	"fix": fix,
} if {
	some type in app_types
	some r in tf.resources(type)
	not "https_only" in object.keys(r.values)
}

fix := [{"set": ["https_only"], "value": true}]
