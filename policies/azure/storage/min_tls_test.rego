package srm.azure.storage.min_tls_test

import data.srm.azure.storage.min_tls as policy

account(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_storage_account": [{
	"address": "azurerm_storage_account.data", "type": "azurerm_storage_account", "name": "data",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "acmedata", "account_tier": "Standard", "account_replication_type": "GRS"}, values),
}]}}

test_old_tls_is_reported if {
	findings := policy.deny with input as account({"min_tls_version": "TLS1_0"})
	{[f.resource, f.path] | some f in findings} == {["azurerm_storage_account.data", ["min_tls_version"]]}
	count(policy.deny) == 1 with input as account({"min_tls_version": "TLS1_1"})
}

test_default_and_tls12_pass if {
	count(policy.deny) == 0 with input as account({})
	count(policy.deny) == 0 with input as account({"min_tls_version": "TLS1_2"})
	count(policy.deny) == 0 with input as account({"min_tls_version": "TLS1_3"})
}

test_unresolved_value_is_not_judged if {
	count(policy.deny) == 0 with input as account({"min_tls_version": "${var.min_tls}"})
}

test_fix_raises_the_minimum_to_tls1_2 if {
	findings := policy.deny with input as account({"min_tls_version": "TLS1_0"})
	{f.fix | some f in findings} == {[{"set": ["min_tls_version"], "value": "TLS1_2"}]}
}
