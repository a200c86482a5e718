package srm.azure.aks.image_cleaner_test

import data.srm.azure.aks.image_cleaner as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_kubernetes_cluster": [{
	"address": "azurerm_kubernetes_cluster.k", "type": "azurerm_kubernetes_cluster", "name": "k", "mode": "managed", "file": "main.tf",
	"values": object.union({"name": "k", "dns_prefix": "k"}, values), "references": {},
}]}}

test_image_cleaner_on_passes if {
	count(policy.deny) == 0 with input as cluster({"image_cleaner_enabled": true, "image_cleaner_interval_hours": 168})
	count(policy.deny) == 0 with input as cluster({"image_cleaner_enabled": "true"})
}

test_unresolved_value_not_reported if {
	count(policy.deny) == 0 with input as cluster({"image_cleaner_enabled": "${var.image_cleaner}"})
}

test_image_cleaner_off_reported if {
	findings := policy.deny with input as cluster({"image_cleaner_enabled": false})
	{[f.resource, f.path] | some f in findings} == {["azurerm_kubernetes_cluster.k", ["image_cleaner_enabled"]]}
}

test_image_cleaner_missing_reported if {
	findings := policy.deny with input as cluster({})
	{f.path | some f in findings} == {["image_cleaner_enabled"]}
	count(policy.deny) == 1 with input as cluster({"image_cleaner_enabled": null})
}
