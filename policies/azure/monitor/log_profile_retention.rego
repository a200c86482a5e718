# METADATA
# title: Activity log profile keeps events for less than a year
# description: >-
#   The activity log is the audit trail of the control plane: who created,
#   changed or deleted which resource and role assignment. Azure keeps it for 90
#   days only; a log profile exports it to a storage account, where its
#   retention policy decides how long the events survive. Investigations and
#   audits routinely need a year or more; 0 days (or a disabled retention
#   policy) keeps them indefinitely.
# custom:
#   id: SRM-AZURE-MONITOR-001
#   severity: medium
#   areas: [logging-monitoring, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_monitor_log_profile]}
#   remediation: >-
#     Keep exported activity logs for at least a year:
#     `retention_policy { enabled = true days = 365 }` (or `days = 0` to keep them
#     indefinitely); with azurerm 4.x, replace the retired log profile by a
#     subscription `azurerm_monitor_diagnostic_setting` and a storage lifecycle rule.
#   frameworks: {nist-800-53: [AU-11]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/3.117.1/docs/resources/monitor_log_profile"
#   peers:
#     checkov: [CKV_AZURE_37]
#     kics: [small_activity_log_retention_period]
#     trivy: [AVD-AZU-0031]
package srm.azure.monitor.log_profile_retention

import data.srm.lib.terraform as tf

minimum_days := 365

deny contains {
	"msg": sprintf("Log profile %s deletes activity log events after %v day(s); keep them at least %d days, or 0 for indefinitely", [r.address, policy.days, minimum_days]),
	"resource": r.address,
	"path": ["retention_policy", i, "days"],
} if {
	some r in tf.resources("azurerm_monitor_log_profile")
	some i, policy in tf.blocks(r.values, "retention_policy")
	tf.is_true(policy.enabled)
	days := known_number(policy.days)
	days > 0
	days < minimum_days
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
