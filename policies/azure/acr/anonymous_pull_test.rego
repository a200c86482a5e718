package srm.azure.acr.anonymous_pull_test

import data.srm.azure.acr.anonymous_pull as policy

registry(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_container_registry": [{
	"address": "azurerm_container_registry.main", "type": "azurerm_container_registry", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "acracme", "sku": "Standard"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as registry(values)
}

test_anonymous_pull_reported if {
	paths({"anonymous_pull_enabled": true}) == {["anonymous_pull_enabled"]}
}

test_default_and_disabled_pass if {
	count(paths({})) == 0
	count(paths({"anonymous_pull_enabled": false})) == 0
	count(paths({"anonymous_pull_enabled": "${var.anonymous_pull}"})) == 0
}

# Peer case: Checkov CKV_AZURE_138 ckv_unittest_pass_4 (Basic SKU).
test_basic_sku_not_judged if {
	count(paths({"sku": "Basic", "anonymous_pull_enabled": true})) == 0
	paths({"sku": "Premium", "anonymous_pull_enabled": true}) == {["anonymous_pull_enabled"]}
	paths({"sku": "${var.sku}", "anonymous_pull_enabled": true}) == {["anonymous_pull_enabled"]}
}

test_fix_disables_anonymous_pull if {
	findings := policy.deny with input as registry({"anonymous_pull_enabled": true})
	{f.fix | some f in findings} == {[{"set": ["anonymous_pull_enabled"], "value": false}]}
}
