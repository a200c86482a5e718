# METADATA
# title: AKS node pool gives its nodes public IP addresses
# description: >-
#   Nodes with their own public IP address are reachable from the internet
#   directly, beside the cluster's load balancer and egress path: the kubelet,
#   NodePort services, SSH and any host-network pod become an attack surface, and
#   network security group mistakes expose them at once. AKS nodes have private
#   addresses only unless the customer asks for public ones.
# custom:
#   id: SRM-AZURE-AKS-011
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_kubernetes_cluster, azurerm_kubernetes_cluster_node_pool]}
#   remediation: >-
#     Keep nodes private: remove `node_public_ip_enabled` (`enable_node_public_ip`
#     before azurerm 4.0) or set it to `false`, and publish workloads through a
#     load balancer, an ingress controller or Application Gateway.
#   frameworks: {nist-800-53: [AC-4, SC-7]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/aks/use-node-public-ips"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#node_public_ip_enabled"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster_node_pool#node_public_ip_enabled"
#   peers:
#     checkov: [CKV_AZURE_143]
package srm.azure.aks.node_public_ip

import data.srm.lib.terraform as tf

# azurerm 4.x name, then the azurerm 3.x name.
attributes := ["node_public_ip_enabled", "enable_node_public_ip"]

deny contains {
	"msg": sprintf("AKS cluster %s sets default_node_pool.%s = true: every system node gets a public IP address", [r.address, attr]),
	"resource": r.address,
	"path": ["default_node_pool", i, attr],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	some i, pool in tf.blocks(r.values, "default_node_pool")
	some attr in attributes
	tf.is_true(pool[attr])
}

deny contains {
	"msg": sprintf("AKS node pool %s sets %s = true: every node of the pool gets a public IP address", [r.address, attr]),
	"resource": r.address,
	"path": [attr],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster_node_pool")
	some attr in attributes
	tf.is_true(r.values[attr])
}
