# METADATA
# title: Neptune cluster does not require IAM authentication
# description: >-
#   Neptune has no database users or passwords: unless IAM database
#   authentication is on, every client that can reach the cluster endpoint in the
#   VPC can read and change the whole graph, and its queries are tied to no
#   identity. With IAM authentication each request is signed with SigV4
#   credentials and allowed only by an IAM policy (`neptune-db:*` actions), which
#   can be scoped to read-only access and audited. Neptune leaves it off unless
#   the customer turns it on.
# custom:
#   id: SRM-AWS-NEPTUNE-003
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_neptune_cluster]}
#   remediation: >-
#     Turn IAM authentication on: `iam_database_authentication_enabled = true` on
#     `aws_neptune_cluster`, grant clients `neptune-db:ReadDataViaQuery` (and the
#     write actions they need) in IAM policies, and sign requests with SigV4.
#   fix: {safety: unsafe, change: "Sets `iam_database_authentication_enabled = true`; from then on Neptune rejects every request that is not signed with SigV4 by a principal allowed `neptune-db:*`, so clients must be updated first."}
#   frameworks: {nist-800-53: [IA-2, AC-3, AC-6]}
#   peers: {checkov: [CKV_AWS_359], kics: [neptune_cluster_with_iam_database_authentication_disabled]}
#   references:
#     - "https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-7"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#iam_database_authentication_enabled"
package srm.aws.neptune.iam_authentication

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Neptune cluster %s lets any client that reaches it query the graph: iam_database_authentication_enabled is %v; set it to true", [r.address, r.values.iam_database_authentication_enabled]),
	"resource": r.address,
	"path": ["iam_database_authentication_enabled"],
	"fix": [{"set": ["iam_database_authentication_enabled"], "value": true}],
} if {
	some r in tf.resources("aws_neptune_cluster")
	tf.is_false(r.values.iam_database_authentication_enabled)
}

deny contains {
	"msg": sprintf("Neptune cluster %s lets any client that reaches it query the graph: iam_database_authentication_enabled is not set (default false); set it to true", [r.address]),
	"resource": r.address,
	"path": ["iam_database_authentication_enabled"],
	"fix": [{"set": ["iam_database_authentication_enabled"], "value": true}],
} if {
	some r in tf.resources("aws_neptune_cluster")
	not "iam_database_authentication_enabled" in object.keys(r.values)
}

unknown contains {"resource": r.address, "path": ["iam_database_authentication_enabled"]} if {
	some r in tf.resources("aws_neptune_cluster")
	tf.is_unresolved(r.values.iam_database_authentication_enabled)
}
