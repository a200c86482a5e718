# METADATA
# title: Log Analytics workspace keeps logs for less than 90 days
# description: >-
#   The workspace is where activity logs, diagnostic logs, Defender alerts and
#   Sentinel incidents are queried from, and breaches are typically discovered
#   weeks or months after they start: with the default 30 days of retention the
#   sign-ins, key vault reads and resource changes of the first weeks of an
#   intrusion are gone before anyone looks. Azure keeps what the customer pays
#   for; the retention is the customer's choice.
# custom:
#   id: SRM-AZURE-MONITOR-003
#   severity: low
#   areas: [logging-monitoring, incident-response, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_log_analytics_workspace]}
#   remediation: >-
#     Keep at least 90 days of interactive retention: `retention_in_days = 90`
#     (or more, e.g. 365, as your regulations require), and archive longer with
#     table-level total retention or a storage export.
#   frameworks: {nist-800-53: [AU-11, AU-6]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-monitor/logs/data-retention-configure"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/log_analytics_workspace#retention_in_days"
package srm.azure.monitor.workspace_retention

import data.srm.lib.terraform as tf

minimum_days := 90

deny contains {
	"msg": sprintf("Log Analytics workspace %s keeps logs for %v days (retention_in_days); keep them at least %d days", [r.address, days, minimum_days]),
	"resource": r.address,
	"path": ["retention_in_days"],
} if {
	some r in tf.resources("azurerm_log_analytics_workspace")
	days := known_number(r.values.retention_in_days)
	days < minimum_days
}

deny contains {
	"msg": sprintf("Log Analytics workspace %s does not set retention_in_days (default 30 days); keep logs at least %d days", [r.address, minimum_days]),
	"resource": r.address,
	"path": ["retention_in_days"],
} if {
	some r in tf.resources("azurerm_log_analytics_workspace")
	object.get(r.values, "retention_in_days", null) == null
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
