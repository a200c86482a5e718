# METADATA
# title: MSK cluster brokers are reachable from the internet
# description: >-
#   With public access of type "SERVICE_PROVIDED_EIPS" every broker gets an
#   Elastic IP address and a public bootstrap endpoint, so the Kafka listeners can
#   be reached from anywhere the security groups allow, and any weakness in client
#   authentication, ACLs or the Kafka version is exposed to the whole internet.
#   Clients outside the VPC can connect through VPC peering, Transit Gateway,
#   PrivateLink (multi-VPC connectivity) or a VPN instead. Public access is off
#   unless the customer turns it on.
# custom:
#   id: SRM-AWS-MSK-004
#   severity: high
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_msk_cluster]}
#   remediation: >-
#     Turn public access off: `broker_node_group_info { connectivity_info {
#     public_access { type = "DISABLED" } } }`, and give outside clients private
#     connectivity (`vpc_connectivity`, peering or VPN).
#   fix: {safety: unsafe, change: "Sets the brokers' `public_access { type = \"DISABLED\" }`; the brokers lose their public addresses, so clients outside the VPC (partners, other clouds) can no longer connect."}
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   peers: {checkov: [CKV_AWS_291], kics: [msk_broker_is_publicly_accessible]}
#   references:
#     - "https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html"
#     - "https://docs.aws.amazon.com/config/latest/developerguide/msk-cluster-public-access-disabled.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#public_access"
package srm.aws.msk.public_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("MSK cluster %s gives its brokers public IP addresses: public_access type is %q; set it to \"DISABLED\"", [r.address, access.type]),
	"resource": r.address,
	"path": ["broker_node_group_info", i, "connectivity_info", j, "public_access", k, "type"],
	"fix": [{"set": ["broker_node_group_info", i, "connectivity_info", j, "public_access", k, "type"], "value": "DISABLED"}],
} if {
	some r in tf.resources("aws_msk_cluster")
	some [i, j, k], access in public_access_blocks(r)
	is_string(access.type)
	upper(access.type) == "SERVICE_PROVIDED_EIPS"
}

unknown contains {"resource": r.address, "path": ["broker_node_group_info", i, "connectivity_info", j, "public_access", k, "type"]} if {
	some r in tf.resources("aws_msk_cluster")
	some [i, j, k], access in public_access_blocks(r)
	tf.is_unresolved(object.get(access, "type", null))
}

# public_access_blocks(r)[[i, j, k]] is broker_node_group_info[i].connectivity_info[j].public_access[k].
public_access_blocks(r) := {[i, j, k]: access |
	some i, group in tf.blocks(r.values, "broker_node_group_info")
	some j, connectivity in tf.blocks(group, "connectivity_info")
	some k, access in tf.blocks(connectivity, "public_access")
}
