# METADATA
# title: Web app does not enable HTTP/2
# description: >-
#   HTTP/2 requires TLS 1.2 with modern cipher suites in browsers, fixes
#   head-of-line blocking and is where protocol-level security fixes and
#   hardening now happen; CIS asks for the latest HTTP version on App Service.
#   App Service serves HTTP/1.1 only unless the customer enables HTTP/2 in the
#   site configuration.
# custom:
#   id: SRM-AZURE-APPSERVICE-006
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_app_service]}
#   remediation: >-
#     Enable HTTP/2: `site_config { http2_enabled = true }`.
#   fix: {safety: safe, change: 'Sets `site_config { http2_enabled = true }` (the block created when missing); clients negotiate HTTP/2 through ALPN and HTTP/1.1 clients keep working (the app restarts once to apply the setting).'}
#   frameworks: {cis-azure-2.1: ["9.9"], nist-800-53: [CM-6, SC-8]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/app-service/configure-common#configure-general-settings"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#http2_enabled"
#   peers:
#     checkov: [CKV_AZURE_18]
#     kics: [app_service_http2_disabled]
#     trivy: [AVD-AZU-0005]
package srm.azure.appservice.http2

import data.srm.lib.terraform as tf

app_types := ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service"]

deny contains {
	"msg": sprintf("%s sets site_config.http2_enabled = false: the app only speaks HTTP/1.1", [r.address]),
	"resource": r.address,
	"path": ["site_config", i, "http2_enabled"],
	"fix": [{"set": ["site_config", i, "http2_enabled"], "value": true}],
} if {
	some type in app_types
	some r in tf.resources(type)
	some i, config in tf.blocks(r.values, "site_config")
	tf.is_false(config.http2_enabled)
}

deny contains {
	"msg": sprintf("%s does not set site_config.http2_enabled (default false): the app only speaks HTTP/1.1", [r.address]),
	"resource": r.address,
	"path": ["site_config", i, "http2_enabled"],
	"fix": [{"set": ["site_config", i, "http2_enabled"], "value": true}],
} if {
	some type in app_types
	some r in tf.resources(type)
	some i, config in tf.blocks(r.values, "site_config")
	not "http2_enabled" in object.keys(config)
}

deny contains {
	"msg": sprintf("%s has no site_config block, so http2_enabled keeps its default false: the app only speaks HTTP/1.1", [r.address]),
	"resource": r.address,
	"path": ["site_config"],
	"fix": [{"set": ["site_config", 0, "http2_enabled"], "value": true}],
} if {
	some type in app_types
	some r in tf.resources(type)
	count(tf.blocks(r.values, "site_config")) == 0
}
