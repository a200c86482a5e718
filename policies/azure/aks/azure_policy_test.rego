package srm.azure.aks.azure_policy_test

import data.srm.azure.aks.azure_policy as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_kubernetes_cluster": [{
	"address": "azurerm_kubernetes_cluster.main", "type": "azurerm_kubernetes_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "aks-main", "dns_prefix": "main"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as cluster(values)
}

test_disabled_or_missing_reported if {
	paths({"azure_policy_enabled": false}) == {["azure_policy_enabled"]}
	paths({}) == {["azure_policy_enabled"]}
}

test_legacy_addon_disabled_reported if {
	paths({"addon_profile": [{"azure_policy": [{"enabled": false}]}]}) == {["addon_profile", 0, "azure_policy", 0, "enabled"]}
}

test_enabled_passes if {
	count(paths({"azure_policy_enabled": true})) == 0
	count(paths({"addon_profile": [{"azure_policy": [{"enabled": true}]}]})) == 0
	count(paths({"azure_policy_enabled": "${var.azure_policy}"})) == 0
}

fixes(values) := result if {
	result := {f.fix | some f in policy.deny} with input as cluster(values)
}

test_fix_enables_the_add_on if {
	fixes({"azure_policy_enabled": false}) == {[{"set": ["azure_policy_enabled"], "value": true}]}
	fixes({}) == {[{"set": ["azure_policy_enabled"], "value": true}]}
	fixes({"addon_profile": [{"azure_policy": [{"enabled": false}]}]}) == {[{"set": ["addon_profile", 0, "azure_policy", 0, "enabled"], "value": true}]}
	fixes({"addon_profile": [{"kube_dashboard": [{"enabled": false}]}]}) == {[{"set": ["addon_profile", 0, "azure_policy", 0, "enabled"], "value": true}]}
}
