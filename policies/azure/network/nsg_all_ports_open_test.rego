package srm.azure.network.nsg_all_ports_open_test

import data.srm.azure.network.nsg_all_ports_open as policy

rule(values) := object.union({
	"name": "any", "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "*",
	"source_port_range": "*", "destination_address_prefix": "*",
}, values)

nsg(rules) := {"format": "terraform", "module": ".", "resources": {"azurerm_network_security_group": [{
	"address": "azurerm_network_security_group.web", "type": "azurerm_network_security_group", "name": "web",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "nsg-web", "security_rule": rules},
}]}}

standalone(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_network_security_rule": [{
	"address": "azurerm_network_security_rule.any", "type": "azurerm_network_security_rule", "name": "any",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": rule(values),
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

test_any_port_from_internet_reported if {
	paths(nsg([rule({"destination_port_range": "*", "source_address_prefix": "Internet"})])) == {["security_rule", 0, "source_address_prefix"]}
	paths(standalone({"destination_port_range": "0-65535", "protocol": "Tcp", "source_address_prefix": "0.0.0.0/0"})) == {["source_address_prefix"]}
	paths(standalone({"destination_port_ranges": ["1-65535"], "source_address_prefixes": ["Any"]})) == {["source_address_prefixes", 0]}
}

test_limited_ports_or_sources_pass if {
	count(paths(standalone({"destination_port_range": "443", "source_address_prefix": "*"}))) == 0
	count(paths(standalone({"destination_port_range": "1024-65535", "source_address_prefix": "*"}))) == 0
	count(paths(standalone({"destination_port_range": "*", "source_address_prefix": "10.0.0.0/8"}))) == 0
	count(paths(standalone({"destination_port_range": "*", "source_address_prefix": "*", "protocol": "Icmp"}))) == 0
	count(paths(standalone({"destination_port_range": "*", "source_address_prefix": "*", "access": "Deny"}))) == 0
	count(paths(standalone({"destination_port_range": "*", "source_address_prefix": "*", "direction": "Outbound"}))) == 0
}

test_unresolved_values_not_judged if {
	count(paths(standalone({"destination_port_range": "${var.ports}", "source_address_prefix": "*"}))) == 0
	count(paths(standalone({"destination_port_range": "*", "source_address_prefix": "${var.source}"}))) == 0
}
