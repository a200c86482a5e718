package srm.azure.aks.azure_rbac_test

import data.srm.azure.aks.azure_rbac as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_kubernetes_cluster": [{
	"address": "azurerm_kubernetes_cluster.main", "type": "azurerm_kubernetes_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "aks-main", "dns_prefix": "main"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as cluster(values)
}

test_no_entra_integration_reported if {
	paths({}) == {["azure_active_directory_role_based_access_control"]}
}

test_entra_without_azure_rbac_reported if {
	paths({"azure_active_directory_role_based_access_control": [{"admin_group_object_ids": ["0000"]}]}) == {["azure_active_directory_role_based_access_control", 0, "azure_rbac_enabled"]}
	paths({"azure_active_directory_role_based_access_control": [{"azure_rbac_enabled": false}]}) == {["azure_active_directory_role_based_access_control", 0, "azure_rbac_enabled"]}
	paths({"role_based_access_control": [{"enabled": true, "azure_active_directory": [{"managed": true}]}]}) == {["role_based_access_control", 0, "azure_active_directory", 0, "azure_rbac_enabled"]}
}

test_azure_rbac_passes if {
	count(paths({"azure_active_directory_role_based_access_control": [{"azure_rbac_enabled": true}]})) == 0
	count(paths({"azure_active_directory_role_based_access_control": [{"azure_rbac_enabled": "${var.azure_rbac}"}]})) == 0
	count(paths({"role_based_access_control": [{"enabled": true, "azure_active_directory": [{"managed": true, "azure_rbac_enabled": true}]}]})) == 0
}
