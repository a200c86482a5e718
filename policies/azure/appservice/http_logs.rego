# METADATA
# title: Web app does not log HTTP requests
# description: >-
#   The web server's HTTP logs are the record of who called which URL, from
#   where, with which result: what an investigation of a credential-stuffing run,
#   an exploited endpoint or data scraping starts from. App Service keeps none of
#   them unless the customer turns on HTTP logging in the app's `logs` block or
#   exports the `AppServiceHTTPLogs` category with a diagnostic setting.
# custom:
#   id: SRM-AZURE-APPSERVICE-010
#   severity: low
#   areas: [logging-monitoring, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_monitor_diagnostic_setting]}
#   remediation: >-
#     Export the logs to Log Analytics with an `azurerm_monitor_diagnostic_setting`
#     (`enabled_log { category = "AppServiceHTTPLogs" }`), or keep them with the app:
#     `logs { http_logs { file_system { retention_in_days = 30 retention_in_mb = 100 } } }`.
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/app-service/troubleshoot-diagnostic-logs"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#http_logs"
#   peers:
#     checkov: [CKV_AZURE_63]
package srm.azure.appservice.http_logs

import data.srm.lib.terraform as tf

app_types := ["azurerm_linux_web_app", "azurerm_windows_web_app"]

deny contains {
	"msg": sprintf("%s has no logs block and no diagnostic setting exporting AppServiceHTTPLogs: its HTTP requests are not logged", [r.address]),
	"resource": r.address,
	"path": ["logs"],
} if {
	some type in app_types
	some r in tf.resources(type)
	count(tf.blocks(r.values, "logs")) == 0
	not exported(r)
}

deny contains {
	"msg": sprintf("%s has a logs block without http_logs and no diagnostic setting exporting AppServiceHTTPLogs: its HTTP requests are not logged", [r.address]),
	"resource": r.address,
	"path": ["logs", i, "http_logs"],
} if {
	some type in app_types
	some r in tf.resources(type)
	some i, logs in tf.blocks(r.values, "logs")
	count(tf.blocks(logs, "http_logs")) == 0
	not exported(r)
}

# A diagnostic setting of the app exporting the HTTP log category (or all logs,
# or categories given by an expression).
exported(app) if {
	some setting in tf.referrers("azurerm_monitor_diagnostic_setting", "target_resource_id", app.address)
	some block in ["enabled_log", "log"]
	some log in tf.blocks(setting.values, block)
	not tf.is_false(object.get(log, "enabled", true))
	http_category(log)
}

http_category(log) if lower(log.category) == "appservicehttplogs"

http_category(log) if lower(log.category_group) == "alllogs"

http_category(log) if tf.is_unresolved(log.category)

http_category(log) if tf.is_unresolved(log.category_group)

# The diagnostic settings are read, not judged.
applies contains r.address if {
	some type in app_types
	some r in tf.resources(type)
}
