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
