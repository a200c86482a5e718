package srm.azure.aks.node_public_ip_test

import data.srm.azure.aks.node_public_ip as policy

cluster(pool) := {
	"address": "azurerm_kubernetes_cluster.main", "type": "azurerm_kubernetes_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "aks-main", "dns_prefix": "main", "default_node_pool": [object.union({"name": "system", "vm_size": "Standard_D4s_v5"}, pool)]},
}

node_pool(values) := {
	"address": "azurerm_kubernetes_cluster_node_pool.user", "type": "azurerm_kubernetes_cluster_node_pool", "name": "user",
	"mode": "managed", "file": "main.tf", "references": {"kubernetes_cluster_id": ["azurerm_kubernetes_cluster.main"]},
	"values": object.union({"name": "user", "vm_size": "Standard_D4s_v5", "kubernetes_cluster_id": "${azurerm_kubernetes_cluster.main.id}"}, values),
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

paths(resources) := result if {
	result := {[f.resource, f.path] | some f in policy.deny} with input as doc(resources)
}

test_public_ips_reported if {
	paths({"azurerm_kubernetes_cluster": [cluster({"node_public_ip_enabled": true})]}) == {["azurerm_kubernetes_cluster.main", ["default_node_pool", 0, "node_public_ip_enabled"]]}
	paths({"azurerm_kubernetes_cluster": [cluster({"enable_node_public_ip": "true"})]}) == {["azurerm_kubernetes_cluster.main", ["default_node_pool", 0, "enable_node_public_ip"]]}
	paths({"azurerm_kubernetes_cluster_node_pool": [node_pool({"node_public_ip_enabled": true})]}) == {["azurerm_kubernetes_cluster_node_pool.user", ["node_public_ip_enabled"]]}
}

test_private_nodes_pass if {
	count(paths({"azurerm_kubernetes_cluster": [cluster({})]})) == 0
	count(paths({"azurerm_kubernetes_cluster": [cluster({"node_public_ip_enabled": false})]})) == 0
	count(paths({"azurerm_kubernetes_cluster_node_pool": [node_pool({})]})) == 0
	count(paths({"azurerm_kubernetes_cluster_node_pool": [node_pool({"node_public_ip_enabled": "${var.public_ip}"})]})) == 0
}
