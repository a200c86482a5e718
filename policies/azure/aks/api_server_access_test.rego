package srm.azure.aks.api_server_access_test

import data.srm.azure.aks.api_server_access as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_kubernetes_cluster": [{
	"address": "azurerm_kubernetes_cluster.main", "type": "azurerm_kubernetes_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "aks-main", "dns_prefix": "main"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as cluster(values)
}

test_public_cluster_without_ranges_reported if {
	paths({}) == {["api_server_access_profile"]}
	paths({"private_cluster_enabled": false}) == {["api_server_access_profile"]}
	paths({"api_server_access_profile": [{"vnet_integration_enabled": true}]}) == {["api_server_access_profile", 0, "authorized_ip_ranges"]}
	paths({"api_server_access_profile": [{"authorized_ip_ranges": []}]}) == {["api_server_access_profile", 0, "authorized_ip_ranges"]}
}

test_world_range_reported if {
	paths({"api_server_access_profile": [{"authorized_ip_ranges": ["203.0.113.0/24", "0.0.0.0/0"]}]}) == {["api_server_access_profile", 0, "authorized_ip_ranges", 1]}
	paths({"api_server_authorized_ip_ranges": ["0.0.0.0/0"]}) == {["api_server_authorized_ip_ranges", 0]}
}

test_private_or_restricted_passes if {
	count(paths({"private_cluster_enabled": true})) == 0
	count(paths({"api_server_access_profile": [{"authorized_ip_ranges": ["203.0.113.0/24"]}]})) == 0
	count(paths({"api_server_authorized_ip_ranges": ["198.51.100.0/24"]})) == 0
}

test_unresolved_values_not_judged if {
	count(paths({"private_cluster_enabled": "${var.private}"})) == 0
	count(paths({"api_server_access_profile": [{"authorized_ip_ranges": "${var.api_ranges}"}]})) == 0
}
