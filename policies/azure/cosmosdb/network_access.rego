# METADATA
# title: Cosmos DB account accepts connections from any network
# description: >-
#   A Cosmos DB account with public network access and neither an IP firewall
#   nor a virtual network filter answers every address on the internet, so a
#   leaked account key, connection string or token can be used from anywhere to
#   read and change the data. Cosmos DB creates accounts open to all networks;
#   the customer must add firewall rules, virtual network rules or private
#   endpoints with public access off.
# custom:
#   id: SRM-AZURE-COSMOSDB-001
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_cosmosdb_account]}
#   remediation: >-
#     Use private endpoints with `public_network_access_enabled = false`, or restrict
#     the public endpoint: `ip_range_filter = ["203.0.113.0/24"]` and/or
#     `is_virtual_network_filter_enabled = true` with `virtual_network_rule { id =
#     azurerm_subnet.app.id }`.
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-configure-firewall"
#     - "https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-configure-vnet-service-endpoint"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#ip_range_filter"
#   peers:
#     checkov: [CKV_AZURE_99]
#     kics: [cosmosdb_account_ip_range_filter_not_set]
package srm.azure.cosmosdb.network_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cosmos DB account %s has public network access and neither ip_range_filter nor a virtual network rule: it accepts connections from any network", [r.address]),
	"resource": r.address,
	"path": ["ip_range_filter"],
} if {
	some r in public_accounts
	count(ip_rules(r.values)) == 0
	not tf.is_unresolved(object.get(r.values, "ip_range_filter", null))
	not vnet_filtered(r.values)
}

# azurerm 4.x: a set of CIDR strings.
deny contains {
	"msg": sprintf("Cosmos DB account %s lists %s in ip_range_filter: it accepts connections from any network", [r.address, cidr]),
	"resource": r.address,
	"path": ["ip_range_filter", j],
} if {
	some r in public_accounts
	is_array(r.values.ip_range_filter)
	some j, cidr in r.values.ip_range_filter
	tf.is_world_cidr(cidr)
}

# azurerm 3.x: one comma-separated string.
deny contains {
	"msg": sprintf("Cosmos DB account %s lists %s in ip_range_filter: it accepts connections from any network", [r.address, cidr]),
	"resource": r.address,
	"path": ["ip_range_filter"],
} if {
	some r in public_accounts
	is_string(r.values.ip_range_filter)
	some cidr in ip_rules(r.values)
	tf.is_world_cidr(cidr)
}

# Accounts whose public endpoint is (or may be, by default) reachable.
public_accounts contains r if {
	some r in tf.resources("azurerm_cosmosdb_account")
	object.get(r.values, "public_network_access_enabled", null) == null
}

public_accounts contains r if {
	some r in tf.resources("azurerm_cosmosdb_account")
	tf.is_true(r.values.public_network_access_enabled)
}

ip_rules(values) := [trim_space(cidr) |
	some cidr in values.ip_range_filter
	is_string(cidr)
] if is_array(values.ip_range_filter)

ip_rules(values) := [trim_space(cidr) |
	some cidr in split(values.ip_range_filter, ",")
	trim_space(cidr) != ""
] if {
	is_string(values.ip_range_filter)
	not tf.is_unresolved(values.ip_range_filter)
}

ip_rules(values) := [] if object.get(values, "ip_range_filter", null) == null

# Virtual network filtering on with at least one subnet rule (or an expression
# that cannot be judged). The filter admits the subnets of virtual_network_rule;
# turned on without any rule it names no network, so it is not counted as a
# restriction (peer cases: KICS cosmosdb_account_ip_range_filter_not_set,
# Checkov CKV_AZURE_99).
vnet_filtered(values) if {
	tf.is_true(values.is_virtual_network_filter_enabled)
	count(tf.blocks(values, "virtual_network_rule")) > 0
}

vnet_filtered(values) if {
	tf.is_true(values.is_virtual_network_filter_enabled)
	tf.is_unresolved(values.virtual_network_rule)
}

vnet_filtered(values) if tf.is_unresolved(values.is_virtual_network_filter_enabled)
