package srm.azure.monitor.log_profile_retention_test

import data.srm.azure.monitor.log_profile_retention as policy

profile(retention) := {"format": "terraform", "module": ".", "resources": {"azurerm_monitor_log_profile": [{
	"address": "azurerm_monitor_log_profile.main", "type": "azurerm_monitor_log_profile", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "default", "categories": ["Action", "Delete", "Write"], "locations": ["global"], "retention_policy": [retention]},
}]}}

test_short_retention_reported if {
	findings := policy.deny with input as profile({"enabled": true, "days": 90})
	{[f.resource, f.path] | some f in findings} == {["azurerm_monitor_log_profile.main", ["retention_policy", 0, "days"]]}
	count(policy.deny) == 1 with input as profile({"enabled": "true", "days": "30"})
}

test_year_or_indefinite_passes if {
	count(policy.deny) == 0 with input as profile({"enabled": true, "days": 365})
	count(policy.deny) == 0 with input as profile({"enabled": true, "days": 0})
	count(policy.deny) == 0 with input as profile({"enabled": true})
	count(policy.deny) == 0 with input as profile({"enabled": false, "days": 30})
	count(policy.deny) == 0 with input as profile({"enabled": true, "days": "${var.days}"})
}
