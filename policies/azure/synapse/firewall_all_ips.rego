# METADATA
# title: Synapse firewall rule allows the whole internet
# description: >-
#   A Synapse firewall rule spanning the whole public IPv4 space (0.0.0.0 to
#   255.255.255.255) exposes the workspace's SQL, development and serverless
#   endpoints to every address on the internet, so stolen SQL passwords or
#   tokens and endpoint vulnerabilities can be tried from anywhere. Azure
#   applies the rules exactly as written; "allow Azure services" is the separate
#   0.0.0.0-0.0.0.0 rule.
# custom:
#   id: SRM-AZURE-SYNAPSE-004
#   severity: high
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_synapse_firewall_rule]}
#   remediation: >-
#     Allow only the networks that need the workspace (`start_ip_address =
#     "203.0.113.0"`, `end_ip_address = "203.0.113.255"`), or reach it through
#     private endpoints with `public_network_access_enabled = false`.
#   frameworks: {nist-800-53: [AC-4, SC-7]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/synapse-analytics/security/synapse-workspace-ip-firewall"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/synapse_firewall_rule"
package srm.azure.synapse.firewall_all_ips

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Synapse firewall rule %s allows %s to %s: every internet address can reach the workspace endpoints", [r.address, r.values.start_ip_address, r.values.end_ip_address]),
	"resource": r.address,
	"path": ["end_ip_address"],
} if {
	some r in tf.resources("azurerm_synapse_firewall_rule")
	ip_number(r.values.start_ip_address) <= 16777216
	ip_number(r.values.end_ip_address) >= 3758096383
}

# The range covers 1.0.0.0 (16777216) to 223.255.255.255 (3758096383): all public unicast addresses.
ip_number(ip) := ((to_number(parts[0]) * 256 + to_number(parts[1])) * 256 + to_number(parts[2])) * 256 + to_number(parts[3]) if {
	is_string(ip)
	regex.match(`^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$`, ip)
	parts := split(ip, ".")
}
