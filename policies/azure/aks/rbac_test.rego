package srm.azure.aks.rbac_test

import data.srm.azure.aks.rbac as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_kubernetes_cluster": [{
	"address": "azurerm_kubernetes_cluster.main", "type": "azurerm_kubernetes_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "aks-main", "dns_prefix": "main"}, values),
}]}}

test_rbac_disabled_reported if {
	findings := policy.deny with input as cluster({"role_based_access_control_enabled": false})
	{[f.resource, f.path] | some f in findings} == {["azurerm_kubernetes_cluster.main", ["role_based_access_control_enabled"]]}
}

test_legacy_block_disabled_reported if {
	findings := policy.deny with input as cluster({"role_based_access_control": [{"enabled": false}]})
	{f.path | some f in findings} == {["role_based_access_control", 0, "enabled"]}
}

test_default_and_enabled_pass if {
	count(policy.deny) == 0 with input as cluster({})
	count(policy.deny) == 0 with input as cluster({"role_based_access_control_enabled": true})
	count(policy.deny) == 0 with input as cluster({"role_based_access_control": [{"enabled": true}]})
	count(policy.deny) == 0 with input as cluster({"role_based_access_control_enabled": "${var.rbac}"})
}
