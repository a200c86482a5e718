package srm.azure.aks.defender_sensor_test

import data.srm.azure.aks.defender_sensor as policy

cluster(values) := {
	"address": "azurerm_kubernetes_cluster.main", "type": "azurerm_kubernetes_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "aks-main", "dns_prefix": "main"}, values),
}

pricing(values) := {
	"address": "azurerm_security_center_subscription_pricing.containers", "type": "azurerm_security_center_subscription_pricing",
	"name": "containers", "mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"tier": "Standard", "resource_type": "Containers"}, values),
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

paths(resources) := result if {
	result := {[f.resource, f.path] | some f in policy.deny} with input as doc(resources)
}

test_missing_block_reported if {
	paths({"azurerm_kubernetes_cluster": [cluster({})]}) == {["azurerm_kubernetes_cluster.main", ["microsoft_defender"]]}
}

test_block_passes if {
	values := {"microsoft_defender": [{"log_analytics_workspace_id": "${azurerm_log_analytics_workspace.sec.id}"}]}
	count(paths({"azurerm_kubernetes_cluster": [cluster(values)]})) == 0
}

test_subscription_sensor_passes if {
	count(paths({
		"azurerm_kubernetes_cluster": [cluster({})],
		"azurerm_security_center_subscription_pricing": [pricing({"extension": [{"name": "ContainerSensor"}]})],
	})) == 0
	count(paths({
		"azurerm_kubernetes_cluster": [cluster({})],
		"azurerm_security_center_subscription_pricing": [pricing({"extension": [{"name": "${var.extension}"}]})],
	})) == 0
}

test_plan_without_sensor_or_free_reported if {
	count(paths({
		"azurerm_kubernetes_cluster": [cluster({})],
		"azurerm_security_center_subscription_pricing": [pricing({"extension": [{"name": "ContainerRegistriesVulnerabilityAssessments"}]})],
	})) == 1
	count(paths({
		"azurerm_kubernetes_cluster": [cluster({})],
		"azurerm_security_center_subscription_pricing": [pricing({"tier": "Free", "extension": [{"name": "ContainerSensor"}]})],
	})) == 1
	count(paths({
		"azurerm_kubernetes_cluster": [cluster({})],
		"azurerm_security_center_subscription_pricing": [pricing({"resource_type": "VirtualMachines", "extension": [{"name": "ContainerSensor"}]})],
	})) == 1
}

test_applies_to_clusters_only if {
	policy.applies == {"azurerm_kubernetes_cluster.main"} with input as doc({
		"azurerm_kubernetes_cluster": [cluster({})],
		"azurerm_security_center_subscription_pricing": [pricing({})],
	})
}
