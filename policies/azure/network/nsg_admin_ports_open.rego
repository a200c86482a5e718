# METADATA
# title: Network security group allows SSH or RDP from the internet
# description: >-
#   An inbound Allow rule from `*`, `Internet`, `Any` or `0.0.0.0/0` that covers
#   port 22 (SSH) or 3389 (RDP) puts the virtual machines' remote administration
#   service in front of every internet scanner: password spraying, brute force
#   and exploits of the service itself start within minutes. NSG rules are the
#   customer's firewall and Azure adds no such rule by itself; administration
#   should go through Azure Bastion, just-in-time VM access or a VPN.
# custom:
#   id: SRM-AZURE-NETWORK-001
#   severity: critical
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_network_security_group, azurerm_network_security_rule]}
#   remediation: >-
#     Restrict the source to known networks, e.g. `source_address_prefix =
#     "10.20.0.0/16"` or `source_address_prefixes = var.admin_cidrs`, or remove the
#     rule and use Azure Bastion (`azurerm_bastion_host`) or just-in-time VM access.
#   frameworks: {cis-azure-2.1: ["6.1", "6.2"], nist-800-53: [AC-4, AC-17, CM-7, SC-7]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview"
#     - "https://learn.microsoft.com/en-us/azure/bastion/bastion-overview"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule"
#   peers:
#     checkov: [CKV_AZURE_9, CKV_AZURE_10]
#     kics: [ssh_is_exposed_to_the_internet, rdp_is_exposed_to_the_internet]
#     trivy: [AVD-AZU-0048, AVD-AZU-0050]
package srm.azure.network.nsg_admin_ports_open

import data.srm.lib.terraform as tf

# port: [service, protocols that carry it]
admin_ports := {
	22: ["SSH", {"tcp", "*"}],
	3389: ["RDP", {"tcp", "udp", "*"}],
}

# Inline security_rule blocks of azurerm_network_security_group.
deny contains {
	"msg": sprintf("%s: security rule %s allows %s from %s", [r.address, rule_name(rule, i), describe(ports), source]),
	"resource": r.address,
	"path": array.concat(["security_rule", i], source_path),
} if {
	some r in tf.resources("azurerm_network_security_group")
	some i, rule in tf.blocks(r.values, "security_rule")
	some [source_path, source] in internet_sources(rule)
	ports := exposed_ports(rule)
	count(ports) > 0
}

# azurerm_network_security_rule.
deny contains {
	"msg": sprintf("%s allows %s from %s", [r.address, describe(ports), source]),
	"resource": r.address,
	"path": source_path,
} if {
	some r in tf.resources("azurerm_network_security_rule")
	some [source_path, source] in internet_sources(r.values)
	ports := exposed_ports(r.values)
	count(ports) > 0
}

# internet_sources(rule): [path inside the rule, source] for every source that
# is the whole internet, on an inbound Allow rule.
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

exposed_ports(rule) := {port |
	some port, spec in admin_ports
	lower_known(rule.protocol) in spec[1]
	covers(rule, port)
}

covers(rule, port) if port_in(rule.destination_port_range, port)

covers(rule, port) if {
	is_array(rule.destination_port_ranges)
	some range in rule.destination_port_ranges
	port_in(range, port)
}

port_in(range, port) if _in_range(range, port)

# A comma-separated list in one range ("22,3389", "21-24, 230") is read item by
# item (Azure expects destination_port_ranges for lists, but the intent is clear).
port_in(range, port) if {
	contains(lower_known(range), ",")
	some part in split(lower_known(range), ",")
	_in_range(trim_space(part), port)
}

_in_range(range, _) if lower_known(range) == "*"

_in_range(range, port) if {
	parts := split(trim_space(lower_known(range)), "-")
	count(parts) == 2
	regex.match(`^\s*[0-9]+\s*$`, parts[0])
	regex.match(`^\s*[0-9]+\s*$`, parts[1])
	to_number(trim_space(parts[0])) <= port
	port <= to_number(trim_space(parts[1]))
}

_in_range(range, port) if {
	regex.match(`^\s*[0-9]+\s*$`, lower_known(range))
	to_number(trim_space(range)) == port
}

_in_range(range, port) if range == port

# lower_known(value): a known string in lower case; undefined for expressions.
lower_known(value) := lower(value) if {
	is_string(value)
	not tf.is_unresolved(value)
}

rule_name(rule, _) := sprintf("%q", [rule.name]) if is_string(rule.name)

rule_name(rule, i) := sprintf("#%d", [i]) if not is_string(rule.name)

describe(ports) := concat(" and ", sort([sprintf("port %d (%s)", [p, admin_ports[p][0]]) | some p in ports]))
