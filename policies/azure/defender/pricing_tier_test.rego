package srm.azure.defender.pricing_tier_test

import data.srm.azure.defender.pricing_tier as policy

pricing(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_security_center_subscription_pricing": [{
	"address": "azurerm_security_center_subscription_pricing.main", "type": "azurerm_security_center_subscription_pricing",
	"name": "main", "mode": "managed", "file": "main.tf", "references": {}, "values": values,
}]}}

test_free_tier_reported if {
	findings := policy.deny with input as pricing({"tier": "Free", "resource_type": "StorageAccounts"})
	{[f.resource, f.path] | some f in findings} == {["azurerm_security_center_subscription_pricing.main", ["tier"]]}
	some f in findings
	contains(f.msg, "StorageAccounts")
	count(policy.deny) == 1 with input as pricing({"tier": "Free"})
}

test_standard_tier_passes if {
	count(policy.deny) == 0 with input as pricing({"tier": "Standard", "resource_type": "VirtualMachines"})
	count(policy.deny) == 0 with input as pricing({"tier": "${var.tier}"})
}

test_fix_enables_the_plan if {
	findings := policy.deny with input as pricing({"tier": "Free", "resource_type": "StorageAccounts"})
	{f.fix | some f in findings} == {[{"set": ["tier"], "value": "Standard"}]}
}
