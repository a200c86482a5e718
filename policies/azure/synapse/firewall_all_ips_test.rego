package srm.azure.synapse.firewall_all_ips_test

import data.srm.azure.synapse.firewall_all_ips as policy

rule(start, end) := {"format": "terraform", "module": ".", "resources": {"azurerm_synapse_firewall_rule": [{
	"address": "azurerm_synapse_firewall_rule.all", "type": "azurerm_synapse_firewall_rule", "name": "all",
	"mode": "managed", "file": "main.tf", "references": {"synapse_workspace_id": ["azurerm_synapse_workspace.main"]},
	"values": {"name": "AllowAll", "synapse_workspace_id": "${azurerm_synapse_workspace.main.id}", "start_ip_address": start, "end_ip_address": end},
}]}}

paths(start, end) := result if {
	result := {f.path | some f in policy.deny} with input as rule(start, end)
}

test_whole_internet_reported if {
	paths("0.0.0.0", "255.255.255.255") == {["end_ip_address"]}
	paths("1.0.0.0", "254.255.255.255") == {["end_ip_address"]}
}

test_narrow_ranges_pass if {
	count(paths("203.0.113.0", "203.0.113.255")) == 0
	count(paths("0.0.0.0", "0.0.0.0")) == 0
}

test_unresolved_not_judged if {
	count(paths("0.0.0.0", "${var.end_ip}")) == 0
}
