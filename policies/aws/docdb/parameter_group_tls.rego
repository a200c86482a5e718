# METADATA
# title: DocumentDB cluster parameter group turns TLS off
# description: >-
#   DocumentDB encrypts client connections with TLS unless the cluster parameter
#   `tls` is "disabled". With TLS off, credentials sent by the MongoDB drivers and
#   every document returned travel in plaintext, so anyone who can capture traffic
#   in the VPC, a peered network or along a VPN reads them, and clients cannot
#   verify they talk to the real cluster. The parameter applies to every cluster
#   that uses the group.
# custom:
#   id: SRM-AWS-DOCDB-005
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_docdb_cluster_parameter_group]}
#   remediation: >-
#     Keep TLS on: remove the `tls` parameter or set `parameter { name = "tls" value =
#     "enabled" }` (or "tls1.2+" / "tls1.3+") on `aws_docdb_cluster_parameter_group`,
#     reboot the instances, and connect with `tls=true` and the Amazon RDS CA bundle.
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   peers: {checkov: [CKV_AWS_90]}
#   references:
#     - "https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster_parameter_group#parameter"
package srm.aws.docdb.parameter_group_tls

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("DocumentDB cluster parameter group %s turns TLS off: parameter tls is %q; set it to \"enabled\" or \"tls1.2+\"", [r.address, p.value]),
	"resource": r.address,
	"path": ["parameter", i, "value"],
} if {
	some r in tf.resources("aws_docdb_cluster_parameter_group")
	some i, p in tf.blocks(r.values, "parameter")
	tls_parameter(p)
	is_string(p.value)
	lower(p.value) == "disabled"
}

unknown contains {"resource": r.address, "path": ["parameter", i, "value"]} if {
	some r in tf.resources("aws_docdb_cluster_parameter_group")
	some i, p in tf.blocks(r.values, "parameter")
	tls_parameter(p)
	tf.is_unresolved(p.value)
}

tls_parameter(p) if {
	is_string(p.name)
	lower(p.name) == "tls"
}
