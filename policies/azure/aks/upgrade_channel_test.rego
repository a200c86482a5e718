package srm.azure.aks.upgrade_channel_test

import data.srm.azure.aks.upgrade_channel as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_kubernetes_cluster": [{
	"address": "azurerm_kubernetes_cluster.main", "type": "azurerm_kubernetes_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "aks-main", "dns_prefix": "main"}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as cluster(values)
}

test_missing_channel_reported if {
	paths({}) == {["automatic_upgrade_channel"]}
}

test_none_channels_reported if {
	paths({"automatic_upgrade_channel": "none"}) == {["automatic_upgrade_channel"]}
	paths({"automatic_channel_upgrade": "none"}) == {["automatic_channel_upgrade"]}
	paths({"automatic_upgrade_channel": "patch", "node_os_upgrade_channel": "None"}) == {["node_os_upgrade_channel"]}
	paths({"automatic_channel_upgrade": "stable", "node_os_channel_upgrade": "None"}) == {["node_os_channel_upgrade"]}
}

test_channels_set_pass if {
	count(paths({"automatic_upgrade_channel": "patch", "node_os_upgrade_channel": "NodeImage"})) == 0
	count(paths({"automatic_channel_upgrade": "node-image"})) == 0
	count(paths({"automatic_upgrade_channel": "${var.channel}", "node_os_upgrade_channel": "${var.node_channel}"})) == 0
}
