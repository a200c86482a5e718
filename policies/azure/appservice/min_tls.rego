# METADATA
# title: App Service or Function App accepts TLS versions older than 1.2
# description: >-
#   TLS 1.0 and 1.1 are deprecated and vulnerable to downgrade and cipher
#   attacks; an app (or its Kudu/SCM deployment site) that still accepts them
#   lets clients protect credentials and data with broken cryptography. App
#   Service defaults to TLS 1.2; older versions are only accepted when the
#   customer lowers the minimum.
# custom:
#   id: SRM-AZURE-APPSERVICE-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_app_service, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_function_app]
#   remediation: >-
#     Remove the setting or raise it: `site_config { minimum_tls_version = "1.2"
#     scm_minimum_tls_version = "1.2" }` (`min_tls_version` on the legacy
#     `azurerm_app_service` and `azurerm_function_app`).
#   fix: {safety: unsafe, change: 'Sets the reported `site_config` attribute (`minimum_tls_version`, `scm_minimum_tls_version` or their legacy names) to `"1.2"`; clients that can only negotiate TLS 1.0 or 1.1 can no longer connect.'}
#   frameworks: {cis-azure-2.1: ["9.3"], nist-800-53: [SC-8, SC-13]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/app-service/overview-tls"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#minimum_tls_version"
#   peers:
#     checkov: [CKV_AZURE_15, CKV_AZURE_145]
#     kics: [app_service_not_using_latest_tls_encryption_version, function_app_not_using_latest_tls_encryption_version]
#     trivy: [AVD-AZU-0006]
package srm.azure.appservice.min_tls

import data.srm.lib.terraform as tf

app_types := [
	"azurerm_linux_web_app",
	"azurerm_windows_web_app",
	"azurerm_app_service",
	"azurerm_linux_function_app",
	"azurerm_windows_function_app",
	"azurerm_function_app",
]

# azurerm 3.x/4.x names, then the legacy names.
tls_attributes := ["minimum_tls_version", "scm_minimum_tls_version", "min_tls_version", "scm_min_tls_version"]

deny contains {
	"msg": sprintf("%s sets site_config.%s = %v: clients can connect with TLS %s", [r.address, attr, v, key]),
	"resource": r.address,
	"path": ["site_config", i, attr],
	"fix": [{"set": ["site_config", i, attr], "value": "1.2"}],
} if {
	some type in app_types
	some r in tf.resources(type)
	some i, config in tf.blocks(r.values, "site_config")
	some attr in tls_attributes
	v := config[attr]
	key := version_key(v)
	key in {"1.0", "1.1"}
}

version_key(v) := v if is_string(v)

# tf.json may give the version as a number.
version_key(v) := "1.0" if v == 1

version_key(v) := "1.1" if v == 1.1
