package srm.azure.aks.network_policy_test

import data.srm.azure.aks.network_policy as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_kubernetes_cluster": [{
	"address": "azurerm_kubernetes_cluster.main", "type": "azurerm_kubernetes_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "aks-main", "dns_prefix": "main"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as cluster(values)
}

test_missing_network_profile_reported if {
	paths({}) == {["network_profile"]}
}

test_missing_network_policy_reported if {
	paths({"network_profile": [{"network_plugin": "kubenet"}]}) == {["network_profile", 0, "network_policy"]}
}

test_network_policy_set_passes if {
	count(paths({"network_profile": [{"network_plugin": "azure", "network_policy": "azure"}]})) == 0
	count(paths({"network_profile": [{"network_plugin": "kubenet", "network_policy": "calico"}]})) == 0
	count(paths({"network_profile": [{"network_plugin": "azure", "network_policy": "${var.policy}"}]})) == 0
}

test_byo_cni_and_cilium_data_plane_pass if {
	count(paths({"network_profile": [{"network_plugin": "none"}]})) == 0
	count(paths({"network_profile": [{"network_plugin": "azure", "network_data_plane": "cilium"}]})) == 0
}
