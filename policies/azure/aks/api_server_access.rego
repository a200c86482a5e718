# METADATA
# title: AKS API server is reachable from the whole internet
# description: >-
#   A public AKS cluster without authorized IP ranges exposes its Kubernetes API
#   server to every address on the internet, so leaked credentials, tokens from
#   a compromised CI system or an API server vulnerability can be used from
#   anywhere. AKS creates public API servers open to all addresses by default;
#   the customer must make the cluster private or list the networks allowed to
#   reach the API.
# custom:
#   id: SRM-AZURE-AKS-003
#   severity: high
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_kubernetes_cluster]}
#   remediation: >-
#     Make the cluster private (`private_cluster_enabled = true`) or restrict the
#     API server: `api_server_access_profile { authorized_ip_ranges =
#     ["203.0.113.0/24"] }` (`api_server_authorized_ip_ranges` before azurerm 3.39).
#   frameworks: {nist-800-53: [AC-4, AC-17, SC-7]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/aks/api-server-authorized-ip-ranges"
#     - "https://learn.microsoft.com/en-us/azure/aks/private-clusters"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#authorized_ip_ranges"
#   peers:
#     checkov: [CKV_AZURE_6]
#     trivy: [AVD-AZU-0041]
package srm.azure.aks.api_server_access

import data.srm.lib.terraform as tf

# Public cluster with no authorized IP ranges at all.
deny contains {
	"msg": sprintf("AKS cluster %s is not private and has no authorized_ip_ranges: its API server accepts connections from any address", [r.address]),
	"resource": r.address,
	"path": ranges_path(r.values),
} if {
	some r in public_clusters
	not has_ranges(r.values)
}

# Authorized ranges that include the whole internet.
deny contains {
	"msg": sprintf("AKS cluster %s lists %s in its authorized IP ranges: its API server accepts connections from any address", [r.address, cidr]),
	"resource": r.address,
	"path": array.concat(path, [j]),
} if {
	some r in public_clusters
	some [path, ranges] in range_lists(r.values)
	is_array(ranges)
	some j, cidr in ranges
	tf.is_world_cidr(cidr)
}

public_clusters contains r if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	not tf.is_true(r.values.private_cluster_enabled)
	not tf.is_unresolved(r.values.private_cluster_enabled)
}

# [path, value] of every authorized ranges attribute (azurerm 3.39+ block, then the older attribute).
range_lists(values) := {[["api_server_access_profile", i, "authorized_ip_ranges"], profile.authorized_ip_ranges] |
	some i, profile in tf.blocks(values, "api_server_access_profile")
	profile.authorized_ip_ranges != null
} | {[["api_server_authorized_ip_ranges"], values.api_server_authorized_ip_ranges] |
	values.api_server_authorized_ip_ranges != null
}

# Non-empty list, or an expression that cannot be judged.
has_ranges(values) if {
	some [_, ranges] in range_lists(values)
	is_array(ranges)
	count(ranges) > 0
}

has_ranges(values) if {
	some [_, ranges] in range_lists(values)
	tf.is_unresolved(ranges)
}

ranges_path(values) := ["api_server_access_profile", 0, "authorized_ip_ranges"] if {
	count(tf.blocks(values, "api_server_access_profile")) > 0
} else := ["api_server_access_profile"]
