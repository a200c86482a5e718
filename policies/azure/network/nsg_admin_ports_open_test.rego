package srm.azure.network.nsg_admin_ports_open_test

import data.srm.azure.network.nsg_admin_ports_open as policy

rule(values) := object.union({
	"name": "admin", "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
	"source_port_range": "*", "destination_address_prefix": "*",
}, values)

nsg(rules) := {"format": "terraform", "module": ".", "resources": {"azurerm_network_security_group": [{
	"address": "azurerm_network_security_group.web", "type": "azurerm_network_security_group", "name": "web",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "nsg-web", "security_rule": rules},
}]}}

standalone(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_network_security_rule": [{
	"address": "azurerm_network_security_rule.ssh", "type": "azurerm_network_security_rule", "name": "ssh",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": rule(values),
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

test_inline_ssh_from_internet_reported if {
	paths(nsg([rule({"destination_port_range": "22", "source_address_prefix": "Internet"})])) == {["security_rule", 0, "source_address_prefix"]}
	paths(nsg([rule({"destination_port_range": "22", "source_address_prefix": "*"})])) == {["security_rule", 0, "source_address_prefix"]}
}

test_standalone_rdp_and_ranges_reported if {
	paths(standalone({"destination_port_range": "3389", "source_address_prefix": "0.0.0.0/0"})) == {["source_address_prefix"]}
	paths(standalone({"destination_port_range": "3000-4000", "protocol": "Udp", "source_address_prefix": "Any"})) == {["source_address_prefix"]}
	paths(standalone({"destination_port_ranges": ["443", "20-25"], "source_address_prefixes": ["10.0.0.0/8", "0.0.0.0/0"]})) == {["source_address_prefixes", 1]}
	paths(standalone({"destination_port_range": "*", "protocol": "*", "source_address_prefix": "::/0"})) == {["source_address_prefix"]}
}

test_message_names_the_ports if {
	findings := policy.deny with input as standalone({"destination_port_range": "*", "source_address_prefix": "*"})
	some f in findings
	contains(f.msg, "port 22 (SSH) and port 3389 (RDP)")
}

test_restricted_or_other_rules_pass if {
	count(paths(nsg([rule({"destination_port_range": "22", "source_address_prefix": "10.0.0.0/16"})]))) == 0
	count(paths(nsg([rule({"destination_port_range": "443", "source_address_prefix": "Internet"})]))) == 0
	count(paths(nsg([rule({"destination_port_range": "22", "source_address_prefix": "Internet", "access": "Deny"})]))) == 0
	count(paths(nsg([rule({"destination_port_range": "22", "source_address_prefix": "Internet", "direction": "Outbound"})]))) == 0
	count(paths(nsg([rule({"destination_port_range": "22", "source_address_prefix": "Internet", "protocol": "Udp"})]))) == 0
	count(paths(standalone({"destination_port_range": "22", "source_address_prefix": "VirtualNetwork"}))) == 0
}

test_unresolved_values_not_judged if {
	count(paths(standalone({"destination_port_range": "${var.port}", "source_address_prefix": "*"}))) == 0
	count(paths(standalone({"destination_port_range": "22", "source_address_prefix": "${var.admin_cidr}"}))) == 0
	count(paths(standalone({"destination_port_range": "22", "source_address_prefix": "*", "access": "${var.access}"}))) == 0
}

test_comma_separated_range_read_item_by_item if {
	count(paths(standalone({"destination_port_range": "22,24", "source_address_prefix": "*"}))) == 1
	count(paths(standalone({"destination_port_range": "21-24, 230", "source_address_prefix": "*"}))) == 1
	count(paths(standalone({"destination_port_range": "80, 443", "source_address_prefix": "*"}))) == 0
}
