# METADATA
# title: AKS node pool does not encrypt temp disks and disk caches at the host
# description: >-
#   Managed OS and data disks are encrypted at rest by Azure Storage, but a
#   node's temporary disk, the disk caches on the host and the data flowing
#   between the host and Storage are not: container images, emptyDir volumes,
#   logs and swapped secrets written there sit on the physical host in clear.
#   Encryption at host closes that gap for every node of a pool; it is off unless
#   the customer turns it on (the subscription must register the
#   `EncryptionAtHost` feature).
# custom:
#   id: SRM-AZURE-AKS-012
#   severity: low
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_kubernetes_cluster, azurerm_kubernetes_cluster_node_pool]}
#   remediation: >-
#     Encrypt at the host: `host_encryption_enabled = true` in `default_node_pool`
#     and in every `azurerm_kubernetes_cluster_node_pool` (`enable_host_encryption`
#     before azurerm 4.0; changing it cycles the pool through
#     `temporary_name_for_rotation`).
#   frameworks: {nist-800-53: [SC-28, SC-28(1)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/aks/enable-host-encryption"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#host_encryption_enabled"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster_node_pool#host_encryption_enabled"
#   peers:
#     checkov: [CKV_AZURE_227]
package srm.azure.aks.host_encryption

import data.srm.lib.terraform as tf

# azurerm 4.x name, then the azurerm 3.x name.
attributes := ["host_encryption_enabled", "enable_host_encryption"]

deny contains {
	"msg": sprintf("AKS cluster %s sets default_node_pool.%s = false: temp disks and disk caches of the system nodes are not encrypted", [r.address, attr]),
	"resource": r.address,
	"path": ["default_node_pool", i, attr],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	some i, pool in tf.blocks(r.values, "default_node_pool")
	some attr in attributes
	tf.is_false(pool[attr])
}

deny contains {
	"msg": sprintf("AKS cluster %s does not set default_node_pool.host_encryption_enabled (default false): temp disks and disk caches of the system nodes are not encrypted", [r.address]),
	"resource": r.address,
	"path": ["default_node_pool", i, "host_encryption_enabled"],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	some i, pool in tf.blocks(r.values, "default_node_pool")
	unset(pool)
}

deny contains {
	"msg": sprintf("AKS node pool %s sets %s = false: temp disks and disk caches of its nodes are not encrypted", [r.address, attr]),
	"resource": r.address,
	"path": [attr],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster_node_pool")
	some attr in attributes
	tf.is_false(r.values[attr])
}

deny contains {
	"msg": sprintf("AKS node pool %s does not set host_encryption_enabled (default false): temp disks and disk caches of its nodes are not encrypted", [r.address]),
	"resource": r.address,
	"path": ["host_encryption_enabled"],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster_node_pool")
	unset(r.values)
}

unset(values) if {
	every attr in attributes {
		object.get(values, attr, null) == null
	}
}
