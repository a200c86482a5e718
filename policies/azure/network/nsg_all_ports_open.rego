# METADATA
# title: Network security group allows every port from the internet
# description: >-
#   An inbound Allow rule from `*`, `Internet`, `Any` or `0.0.0.0/0` to every
#   destination port exposes whatever listens on the virtual machines behind the
#   NSG, including databases, management agents and debug endpoints that were
#   never meant to be public. Such rules are usually left over from
#   troubleshooting. Azure's default rules deny inbound internet traffic; this
#   exposure is always written by the customer, who should open only the ports a
#   service needs.
# custom:
#   id: SRM-AZURE-NETWORK-002
#   severity: critical
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_network_security_group, azurerm_network_security_rule]}
#   remediation: >-
#     Open only the service ports, e.g. `destination_port_range = "443"` (or
#     `destination_port_ranges = ["80", "443"]`), and restrict
#     `source_address_prefix` to the networks that need access.
#   frameworks: {nist-800-53: [AC-4, CM-7, SC-7, SC-7(5)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview#security-rules"
#     - "https://learn.microsoft.com/en-us/azure/security/fundamentals/network-best-practices"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule"
package srm.azure.network.nsg_all_ports_open

import data.srm.lib.terraform as tf

# Inline security_rule blocks of azurerm_network_security_group.
deny contains {
	"msg": sprintf("%s: security rule %s allows every %s port from %s", [r.address, rule_name(rule, i), protocol_text(rule), source]),
	"resource": r.address,
	"path": array.concat(["security_rule", i], source_path),
} if {
	some r in tf.resources("azurerm_network_security_group")
	some i, rule in tf.blocks(r.values, "security_rule")
	all_ports(rule)
	some [source_path, source] in internet_sources(rule)
}

# azurerm_network_security_rule.
deny contains {
	"msg": sprintf("%s allows every %s port from %s", [r.address, protocol_text(r.values), source]),
	"resource": r.address,
	"path": source_path,
} if {
	some r in tf.resources("azurerm_network_security_rule")
	all_ports(r.values)
	some [source_path, source] in internet_sources(r.values)
}

internet_sources(rule) := {[["source_address_prefix"], rule.source_address_prefix] |
	inbound_allow(rule)
	is_internet(rule.source_address_prefix)
} | {[["source_address_prefixes", j], prefix] |
	inbound_allow(rule)
	is_array(rule.source_address_prefixes)
	some j, prefix in rule.source_address_prefixes
	is_internet(prefix)
}

inbound_allow(rule) if {
	lower_known(rule.access) == "allow"
	lower_known(rule.direction) == "inbound"
}

is_internet(prefix) if lower_known(prefix) in {"*", "internet", "any", "0.0.0.0"}

is_internet(prefix) if endswith(lower_known(prefix), "/0")

# TCP, UDP or any protocol, on every destination port.
all_ports(rule) if {
	lower_known(rule.protocol) in {"tcp", "udp", "*"}
	every_port(rule.destination_port_range)
}

all_ports(rule) if {
	lower_known(rule.protocol) in {"tcp", "udp", "*"}
	is_array(rule.destination_port_ranges)
	some range in rule.destination_port_ranges
	every_port(range)
}

every_port(range) if lower_known(range) == "*"

every_port(range) if {
	parts := split(trim_space(lower_known(range)), "-")
	count(parts) == 2
	to_number(trim_space(parts[0])) <= 1
	to_number(trim_space(parts[1])) >= 65535
}

lower_known(value) := lower(value) if {
	is_string(value)
	not tf.is_unresolved(value)
}

protocol_text(rule) := "TCP/UDP" if lower_known(rule.protocol) == "*"

protocol_text(rule) := upper(rule.protocol) if lower_known(rule.protocol) != "*"

rule_name(rule, _) := sprintf("%q", [rule.name]) if is_string(rule.name)

rule_name(rule, i) := sprintf("#%d", [i]) if not is_string(rule.name)
