package srm.azure.storage.https_only_test

import data.srm.azure.storage.https_only as policy

account(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_storage_account": [{
	"address": "azurerm_storage_account.data", "type": "azurerm_storage_account", "name": "data",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "acmedata", "account_tier": "Standard", "account_replication_type": "GRS"}, values),
}]}}

test_https_disabled_is_reported if {
	findings := policy.deny with input as account({"https_traffic_only_enabled": false})
	{[f.resource, f.path] | some f in findings} == {["azurerm_storage_account.data", ["https_traffic_only_enabled"]]}
}

test_legacy_attribute_is_reported if {
	findings := policy.deny with input as account({"enable_https_traffic_only": "false"})
	{f.path | some f in findings} == {["enable_https_traffic_only"]}
}

test_default_and_secure_values_pass if {
	count(policy.deny) == 0 with input as account({})
	count(policy.deny) == 0 with input as account({"https_traffic_only_enabled": true})
	count(policy.deny) == 0 with input as account({"enable_https_traffic_only": true})
}

test_unresolved_value_is_not_judged if {
	count(policy.deny) == 0 with input as account({"https_traffic_only_enabled": "${var.https_only}"})
}

test_fix_sets_the_reported_attribute_true if {
	findings := policy.deny with input as account({"https_traffic_only_enabled": false, "enable_https_traffic_only": "false"})
	{f.fix | some f in findings} == {
		[{"set": ["https_traffic_only_enabled"], "value": true}],
		[{"set": ["enable_https_traffic_only"], "value": true}],
	}
}
