# METADATA
# title: RDS snapshot is shared publicly
# description: >-
#   Adding "all" to a snapshot's shared accounts makes it public: any AWS account
#   in the world can copy it and restore a full database from it, with every table,
#   user and password hash it contains. Public snapshots are a well-known source of
#   data breaches and are scanned for by attackers. RDS never shares a snapshot
#   unless the customer asks; encrypted snapshots cannot be made public at all.
# custom:
#   id: SRM-AWS-RDS-012
#   severity: critical
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_db_snapshot, aws_db_cluster_snapshot]}
#   remediation: >-
#     Remove "all" from `shared_accounts` and share with named accounts only, e.g.
#     `shared_accounts = ["111122223333"]`; encrypt the database with a customer
#     managed key so that snapshots can only be shared together with key access.
#   frameworks: {nist-800-53: [AC-3, AC-21, SC-28]}
#   peers: {checkov: [CKV_AWS_302]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_snapshot#shared_accounts"
package srm.aws.rds.public_snapshot

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s is public: shared_accounts contains %q, so any AWS account can restore it; share with named account ids only", [r.address, account]),
	"resource": r.address,
	"path": ["shared_accounts", j],
} if {
	some type in ["aws_db_snapshot", "aws_db_cluster_snapshot"]
	some r in tf.resources(type)
	is_array(r.values.shared_accounts)
	some j, account in r.values.shared_accounts
	is_string(account)
	lower(account) == "all"
}
