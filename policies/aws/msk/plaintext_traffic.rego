# METADATA
# title: MSK cluster lets Kafka traffic travel in plaintext
# description: >-
#   Kafka records, SASL/SCRAM exchanges and consumer offsets cross the network
#   between producers, brokers and consumers. With `client_broker` set to
#   "PLAINTEXT" or "TLS_PLAINTEXT" the brokers accept unencrypted client
#   connections, and with `in_cluster = false` replication between brokers is
#   unencrypted too, so anyone who can capture traffic in the VPC, a peered
#   network or a misrouted path reads the data. MSK encrypts both by default;
#   plaintext is only used when the customer asks for it.
# custom:
#   id: SRM-AWS-MSK-001
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_msk_cluster]}
#   remediation: >-
#     Keep TLS everywhere: `encryption_info { encryption_in_transit { client_broker = "TLS"
#     in_cluster = true } }` (the defaults), and move clients to the TLS bootstrap
#     brokers (`bootstrap_brokers_tls`, `bootstrap_brokers_sasl_iam`).
#   fix: {safety: unsafe, change: "Sets `client_broker = \"TLS\"` and `in_cluster = true` in `encryption_in_transit`; clients that use the plaintext bootstrap brokers (port 9092) are cut off, and turning `in_cluster` on makes Terraform replace the cluster."}
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   peers: {checkov: [CKV_AWS_81], kics: [msk_cluster_encryption_disabled], trivy: [AVD-AWS-0073]}
#   references:
#     - "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_in_transit"
package srm.aws.msk.plaintext_traffic

import data.srm.lib.terraform as tf

plaintext_modes := {"PLAINTEXT", "TLS_PLAINTEXT"}

deny contains {
	"msg": sprintf("MSK cluster %s accepts unencrypted client connections: client_broker is %q; set it to \"TLS\"", [r.address, transit.client_broker]),
	"resource": r.address,
	"path": ["encryption_info", i, "encryption_in_transit", j, "client_broker"],
	"fix": [{"set": ["encryption_info", i, "encryption_in_transit", j, "client_broker"], "value": "TLS"}],
} if {
	some r in tf.resources("aws_msk_cluster")
	some i, info in tf.blocks(r.values, "encryption_info")
	some j, transit in tf.blocks(info, "encryption_in_transit")
	is_string(transit.client_broker)
	upper(transit.client_broker) in plaintext_modes
}

deny contains {
	"msg": sprintf("MSK cluster %s replicates data between its brokers unencrypted: in_cluster is %v; set it to true", [r.address, transit.in_cluster]),
	"resource": r.address,
	"path": ["encryption_info", i, "encryption_in_transit", j, "in_cluster"],
	"fix": [{"set": ["encryption_info", i, "encryption_in_transit", j, "in_cluster"], "value": true}],
} if {
	some r in tf.resources("aws_msk_cluster")
	some i, info in tf.blocks(r.values, "encryption_info")
	some j, transit in tf.blocks(info, "encryption_in_transit")
	tf.is_false(transit.in_cluster)
}

unknown contains {"resource": r.address, "path": ["encryption_info", i, "encryption_in_transit", j, attr]} if {
	some r in tf.resources("aws_msk_cluster")
	some i, info in tf.blocks(r.values, "encryption_info")
	some j, transit in tf.blocks(info, "encryption_in_transit")
	some attr in ["client_broker", "in_cluster"]
	tf.is_unresolved(object.get(transit, attr, null))
}
