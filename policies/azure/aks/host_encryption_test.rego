package srm.azure.aks.host_encryption_test

import data.srm.azure.aks.host_encryption as policy

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

test_missing_reported if {
	paths({"azurerm_kubernetes_cluster": [cluster({})]}) == {["azurerm_kubernetes_cluster.main", ["default_node_pool", 0, "host_encryption_enabled"]]}
	paths({"azurerm_kubernetes_cluster_node_pool": [node_pool({})]}) == {["azurerm_kubernetes_cluster_node_pool.user", ["host_encryption_enabled"]]}
}

test_disabled_reported if {
	paths({"azurerm_kubernetes_cluster": [cluster({"host_encryption_enabled": false})]}) == {["azurerm_kubernetes_cluster.main", ["default_node_pool", 0, "host_encryption_enabled"]]}
	paths({"azurerm_kubernetes_cluster": [cluster({"enable_host_encryption": "false"})]}) == {["azurerm_kubernetes_cluster.main", ["default_node_pool", 0, "enable_host_encryption"]]}
	paths({"azurerm_kubernetes_cluster_node_pool": [node_pool({"host_encryption_enabled": false})]}) == {["azurerm_kubernetes_cluster_node_pool.user", ["host_encryption_enabled"]]}
}

test_enabled_or_unresolved_passes if {
	count(paths({"azurerm_kubernetes_cluster": [cluster({"host_encryption_enabled": true})]})) == 0
	count(paths({"azurerm_kubernetes_cluster": [cluster({"enable_host_encryption": true})]})) == 0
	count(paths({"azurerm_kubernetes_cluster_node_pool": [node_pool({"host_encryption_enabled": "${var.host_encryption}"})]})) == 0
}
