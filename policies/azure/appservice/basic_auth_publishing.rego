# METADATA
# title: App Service or Function App accepts basic authentication for publishing
# description: >-
#   With basic authentication publishing on, the app's SCM (Kudu / Web Deploy)
#   and FTP endpoints accept a static user name and password from the publish
#   profile: anyone who obtains it from a pipeline variable, a developer laptop
#   or a leaked profile can deploy code to the app, without Entra ID, MFA or
#   Conditional Access, and the credential rarely changes. App Service enables
#   both kinds of basic authentication unless the customer turns them off.
# custom:
#   id: SRM-AZURE-APPSERVICE-008
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app]
#   remediation: >-
#     Deploy with Entra ID (OIDC from CI/CD, `az webapp deploy`) and turn basic
#     authentication off: `webdeploy_publish_basic_authentication_enabled = false`
#     and, while FTP is enabled, `ftp_publish_basic_authentication_enabled = false`.
#   fix: {safety: unsafe, change: 'Sets `webdeploy_publish_basic_authentication_enabled = false` (and `ftp_publish_basic_authentication_enabled = false` while FTP is on); deployments that use the publish profile or FTP credentials fail until they authenticate with Entra ID.'}
#   frameworks: {nist-800-53: [IA-2, IA-5, AC-17]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/app-service/configure-basic-auth-disable"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#webdeploy_publish_basic_authentication_enabled"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_function_app#ftp_publish_basic_authentication_enabled"
package srm.azure.appservice.basic_auth_publishing

import data.srm.lib.terraform as tf

app_types := ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app"]

deny contains {
	"msg": sprintf("%s sets %s = true: %s accepts the static publishing user name and password", [r.address, attr, endpoint]),
	"resource": r.address,
	"path": [attr],
	"fix": [{"set": [attr], "value": false}],
} if {
	some type in app_types
	some r in tf.resources(type)
	some attr, endpoint in endpoints(r.values)
	tf.is_true(r.values[attr])
}

deny contains {
	"msg": sprintf("%s does not set %s (default true): %s accepts the static publishing user name and password", [r.address, attr, endpoint]),
	"resource": r.address,
	"path": [attr],
	"fix": [{"set": [attr], "value": false}],
} if {
	some type in app_types
	some r in tf.resources(type)
	some attr, endpoint in endpoints(r.values)
	object.get(r.values, attr, null) == null
}

# The endpoints whose basic authentication matters: SCM/Web Deploy always, FTP
# only while FTP is on (azurerm 4.x apps default to ftps_state = "Disabled").
endpoints(values) := object.union(
	{"webdeploy_publish_basic_authentication_enabled": "the SCM/Web Deploy endpoint"},
	{attr: "the FTP endpoint" | attr := "ftp_publish_basic_authentication_enabled"; ftp_enabled(values)},
)

ftp_enabled(values) if {
	some config in tf.blocks(values, "site_config")
	is_string(config.ftps_state)
	lower(config.ftps_state) in {"allallowed", "ftpsonly"}
}
