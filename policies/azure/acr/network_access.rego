# METADATA
# title: Container registry accepts connections from any network
# description: >-
#   A registry whose public endpoint has no network rule set answers every
#   address on the internet, so a leaked token, admin password or service
#   principal secret can pull the organisation's images (and the secrets baked
#   into them) or push a poisoned one from anywhere. Azure Container Registry
#   allows all networks by default; IP rules, private endpoints and turning
#   public access off need the Premium tier.
# custom:
#   id: SRM-AZURE-ACR-002
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_container_registry]}
#   remediation: >-
#     On a Premium registry, use private endpoints with
#     `public_network_access_enabled = false`, or deny by default:
#     `network_rule_set { default_action = "Deny" ip_rule { action = "Allow"
#     ip_range = "203.0.113.0/24" } }`.
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-access-selected-networks"
#     - "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-private-link"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry#network_rule_set"
#   peers:
#     checkov: [CKV_AZURE_139]
package srm.azure.acr.network_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Container registry %s has network_rule_set with default_action = %q: requests from any network are accepted", [r.address, rules.default_action]),
	"resource": r.address,
	"path": ["network_rule_set", i, "default_action"],
} if {
	some r in public_registries
	some i, rules in tf.blocks(r.values, "network_rule_set")
	is_string(rules.default_action)
	lower(rules.default_action) == "allow"
}

deny contains {
	"msg": sprintf("Container registry %s has network_rule_set without default_action (default Allow): requests from any network are accepted", [r.address]),
	"resource": r.address,
	"path": ["network_rule_set", i, "default_action"],
} if {
	some r in public_registries
	some i, rules in tf.blocks(r.values, "network_rule_set")
	object.get(rules, "default_action", null) == null
}

deny contains {
	"msg": sprintf("Container registry %s (sku %v) has public network access and no network_rule_set: requests from any network are accepted", [r.address, object.get(r.values, "sku", "unknown")]),
	"resource": r.address,
	"path": ["network_rule_set"],
} if {
	some r in public_registries
	count(tf.blocks(r.values, "network_rule_set")) == 0
}

# Registries whose public endpoint is (or may be, by default) reachable.
public_registries contains r if {
	some r in tf.resources("azurerm_container_registry")
	object.get(r.values, "public_network_access_enabled", null) == null
}

public_registries contains r if {
	some r in tf.resources("azurerm_container_registry")
	tf.is_true(r.values.public_network_access_enabled)
}
