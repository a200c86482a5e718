package srm.azure.monitor.activity_log_categories_test

import data.srm.azure.monitor.activity_log_categories as policy

setting(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_monitor_diagnostic_setting": [{
	"address": "azurerm_monitor_diagnostic_setting.activity", "type": "azurerm_monitor_diagnostic_setting", "name": "activity",
	"mode": "managed", "file": "main.tf", "references": {"target_resource_id": ["data.azurerm_subscription.current"]},
	"values": object.union({"name": "activity-log", "target_resource_id": "${data.azurerm_subscription.current.id}"}, values),
}]}}

profile(categories) := {"format": "terraform", "module": ".", "resources": {"azurerm_monitor_log_profile": [{
	"address": "azurerm_monitor_log_profile.main", "type": "azurerm_monitor_log_profile", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "default", "categories": categories, "locations": ["global"]},
}]}}

logs(categories) := [{"category": c} | some c in categories]

test_missing_subscription_categories_reported if {
	findings := policy.deny with input as setting({"enabled_log": logs(["Administrative"])})
	{[f.resource, f.path] | some f in findings} == {["azurerm_monitor_diagnostic_setting.activity", ["enabled_log"]]}
	some f in findings
	contains(f.msg, "alert, policy, security")
}

test_legacy_disabled_log_block_counts_as_missing if {
	values := {"log": [
		{"category": "Administrative", "enabled": true}, {"category": "Security", "enabled": false},
		{"category": "Policy"}, {"category": "Alert"},
	]}
	count(policy.deny) == 1 with input as setting(values)
}

test_all_categories_pass if {
	count(policy.deny) == 0 with input as setting({"enabled_log": logs(["Administrative", "Security", "Policy", "Alert", "ServiceHealth"])})
	count(policy.deny) == 0 with input as setting({"enabled_log": [{"category_group": "allLogs"}]})
	values := {"log": [{"category": c, "enabled": true} | some c in ["Administrative", "Security", "Policy", "Alert"]]}
	count(policy.deny) == 0 with input as setting(values)
}

test_other_targets_and_dynamic_categories_not_reported if {
	other := {"format": "terraform", "module": ".", "resources": {"azurerm_monitor_diagnostic_setting": [{
		"address": "azurerm_monitor_diagnostic_setting.kv", "type": "azurerm_monitor_diagnostic_setting", "name": "kv",
		"mode": "managed", "file": "main.tf", "references": {"target_resource_id": ["azurerm_key_vault.main"]},
		"values": {"name": "kv", "target_resource_id": "${azurerm_key_vault.main.id}", "enabled_log": [{"category": "AuditEvent"}]},
	}]}}
	count(policy.deny) == 0 with input as other
	count(policy.deny) == 0 with input as setting({"enabled_log": [{"category": "${enabled_log.value}"}]})
}

test_literal_subscription_target_reported if {
	values := {"target_resource_id": "/subscriptions/00000000-0000-0000-0000-000000000000", "enabled_log": logs(["Administrative", "Security"])}
	count(policy.deny) == 1 with input as setting(values)
}

test_log_profile_categories if {
	count(policy.deny) == 1 with input as profile(["Write", "Delete"])
	count(policy.deny) == 0 with input as profile(["Action", "Delete", "Write"])
	count(policy.deny) == 0 with input as profile(["Write", "${var.category}"])
}
