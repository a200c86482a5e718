# METADATA
# title: MSK cluster accepts clients without authentication
# description: >-
#   A cluster that allows unauthenticated access lets any client that reaches a
#   broker produce to, consume from and administer every topic: Kafka ACLs cannot
#   tell such clients apart, so one compromised host or misrouted network path in
#   the VPC is enough to read or tamper with the data. MSK allows unauthenticated
#   access when `client_authentication` says `unauthenticated = true` and also when
#   the cluster has no `client_authentication` block at all; IAM, SASL/SCRAM or
#   mutual TLS authentication must be chosen by the customer.
# custom:
#   id: SRM-AWS-MSK-005
#   severity: high
#   areas: [iam, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_msk_cluster]}
#   remediation: >-
#     Require authentication: `client_authentication { unauthenticated = false
#     sasl { iam = true } }` (or `sasl { scram = true }`, or `tls {
#     certificate_authority_arns = [...] }`), then grant access with IAM policies or
#     Kafka ACLs.
#   frameworks: {nist-800-53: [IA-2, IA-3, AC-3]}
#   references:
#     - "https://docs.aws.amazon.com/msk/latest/developerguide/kafka_apis_iam.html"
#     - "https://docs.aws.amazon.com/msk/latest/developerguide/msk-update-security.html"
#     - "https://docs.aws.amazon.com/config/latest/developerguide/msk-unrestricted-access-check.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#client_authentication"
package srm.aws.msk.unauthenticated_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("MSK cluster %s accepts clients without authentication: unauthenticated is %v; set it to false and enable IAM, SCRAM or mutual TLS authentication", [r.address, auth.unauthenticated]),
	"resource": r.address,
	"path": ["client_authentication", i, "unauthenticated"],
} if {
	some r in tf.resources("aws_msk_cluster")
	some i, auth in tf.blocks(r.values, "client_authentication")
	tf.is_true(auth.unauthenticated)
}

deny contains {
	"msg": sprintf("MSK cluster %s has no client_authentication block, so any client that reaches a broker is accepted without authentication; enable IAM, SCRAM or mutual TLS authentication", [r.address]),
	"resource": r.address,
	"path": ["client_authentication"],
} if {
	some r in tf.resources("aws_msk_cluster")
	count(tf.blocks(r.values, "client_authentication")) == 0
}

unknown contains {"resource": r.address, "path": ["client_authentication", i, "unauthenticated"]} if {
	some r in tf.resources("aws_msk_cluster")
	some i, auth in tf.blocks(r.values, "client_authentication")
	tf.is_unresolved(object.get(auth, "unauthenticated", null))
}
