package srm.azure.aks.local_accounts_test

import data.srm.azure.aks.local_accounts as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_kubernetes_cluster": [{
	"address": "azurerm_kubernetes_cluster.main", "type": "azurerm_kubernetes_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "aks-main", "dns_prefix": "main"}, values),
}]}}

test_local_accounts_reported if {
	findings := policy.deny with input as cluster({"local_account_disabled": false})
	{[f.resource, f.path] | some f in findings} == {["azurerm_kubernetes_cluster.main", ["local_account_disabled"]]}
	count(policy.deny) == 1 with input as cluster({})
}

test_disabled_local_accounts_pass if {
	count(policy.deny) == 0 with input as cluster({"local_account_disabled": true})
	count(policy.deny) == 0 with input as cluster({"local_account_disabled": "${var.disable_local}"})
}

test_fix_only_for_clusters_integrated_with_entra_id if {
	entra := {"azure_active_directory_role_based_access_control": [{"azure_rbac_enabled": true}]}
	explicit := policy.deny with input as cluster(object.union(entra, {"local_account_disabled": false}))
	{f.fix | some f in explicit} == {[{"set": ["local_account_disabled"], "value": true}]}
	missing := policy.deny with input as cluster(entra)
	{f.fix | some f in missing} == {[{"set": ["local_account_disabled"], "value": true}]}
	legacy := policy.deny with input as cluster({"role_based_access_control": [{"enabled": true, "azure_active_directory": [{"managed": true}]}]})
	{f.fix | some f in legacy} == {[{"set": ["local_account_disabled"], "value": true}]}
	without := policy.deny with input as cluster({})
	count(without) == 1
	every f in without {
		not "fix" in object.keys(f)
	}
}
