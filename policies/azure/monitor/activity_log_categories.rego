# METADATA
# title: Activity log export misses administrative, security or policy events
# description: >-
#   The subscription activity log is only useful for detection and forensics if
#   every relevant category is exported: Administrative (every create, update,
#   delete and role assignment), Security (Defender for Cloud alerts), Policy
#   (Azure Policy denials and audits) and Alert. A diagnostic setting or legacy
#   log profile that exports only some of them silently drops the rest once the
#   90-day platform retention ends. Azure exports nothing by default; the
#   customer chooses the categories.
# custom:
#   id: SRM-AZURE-MONITOR-002
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_monitor_diagnostic_setting, azurerm_monitor_log_profile]}
#   remediation: >-
#     Export every category of the subscription activity log: `enabled_log {
#     category = "Administrative" }` and the same for `Security`, `Policy` and
#     `Alert` in the subscription's `azurerm_monitor_diagnostic_setting`
#     (`categories = ["Action", "Delete", "Write"]` on a legacy log profile).
#   frameworks: {cis-azure-2.1: ["5.1.2"], nist-800-53: [AU-2, AU-12]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log-schema"
#     - "https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/diagnostic-settings"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting"
#   peers:
#     checkov: [CKV_AZURE_38]
#     trivy: [AVD-AZU-0033]
package srm.azure.monitor.activity_log_categories

import data.srm.lib.terraform as tf

required_subscription_categories := {"administrative", "security", "policy", "alert"}

required_profile_categories := {"action", "delete", "write"}

# Diagnostic setting of a subscription (its activity log).
deny contains {
	"msg": sprintf("Subscription diagnostic setting %s does not export the %s activity log categories", [r.address, concat(", ", sort(missing))]),
	"resource": r.address,
	"path": ["enabled_log"],
} if {
	some r in tf.resources("azurerm_monitor_diagnostic_setting")
	subscription_target(r.values.target_resource_id)
	not unknown_categories(r.values)
	not all_logs(r.values)
	missing := {c | some c in required_subscription_categories} - exported(r.values)
	count(missing) > 0
}

# Legacy log profile (azurerm 3.x).
deny contains {
	"msg": sprintf("Log profile %s does not capture the %s activity log categories", [r.address, concat(", ", sort(missing))]),
	"resource": r.address,
	"path": ["categories"],
} if {
	some r in tf.resources("azurerm_monitor_log_profile")
	is_array(r.values.categories)
	every c in r.values.categories {
		is_string(c)
		not tf.is_unresolved(c)
	}
	missing := required_profile_categories - {lower(c) | some c in r.values.categories}
	count(missing) > 0
}

# "/subscriptions/<id>" or the id of a data.azurerm_subscription.
subscription_target(target) if regex.match(`^/subscriptions/[^/]+/?$`, target)

subscription_target(target) if regex.match(`^\$\{data\.azurerm_subscription\.[^.}]+\.id\}$`, target)

# Categories exported: enabled_log blocks, and legacy log blocks that are not disabled.
exported(values) := {lower(log.category) |
	some log in tf.blocks(values, "enabled_log")
	is_string(log.category)
} | {lower(log.category) |
	some log in tf.blocks(values, "log")
	is_string(log.category)
	not tf.is_false(log.enabled)
}

all_logs(values) if {
	some block in ["enabled_log", "log"]
	some log in tf.blocks(values, block)
	is_string(log.category_group)
	lower(log.category_group) == "alllogs"
}

# A category given by an expression (dynamic block, variable) may be any of them.
unknown_categories(values) if {
	some block in ["enabled_log", "log"]
	some log in tf.blocks(values, block)
	some attr in ["category", "category_group"]
	tf.is_unresolved(log[attr])
}
