# METADATA
# title: Aurora or Multi-AZ cluster does not receive minor engine upgrades
# description: >-
#   Minor engine versions carry the security fixes for Aurora MySQL, Aurora
#   PostgreSQL and the Multi-AZ DB cluster engines. With automatic minor version
#   upgrades off, RDS does not apply them in the maintenance window and the cluster
#   keeps running known-vulnerable versions until someone upgrades it by hand.
#   Upgrades are on by default, so only an explicit `false` on a cluster instance
#   or a Multi-AZ DB cluster is reported (standalone DB instances are covered by
#   SRM-AWS-RDS-004).
# custom:
#   id: SRM-AWS-RDS-010
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_rds_cluster_instance, aws_rds_cluster]}
#   remediation: >-
#     Let RDS apply minor versions: `auto_minor_version_upgrade = true` (the
#     default) on every `aws_rds_cluster_instance` (and on `aws_rds_cluster` for
#     Multi-AZ DB clusters), with a `preferred_maintenance_window`.
#   fix: {safety: safe, change: "Sets `auto_minor_version_upgrade = true`; RDS then applies new minor engine versions in the maintenance window, with the short restart such a patch needs."}
#   frameworks: {cis-aws-3.0: ["2.3.2"], nist-800-53: [SI-2, SI-2(2)]}
#   peers: {checkov: [CKV_AWS_226]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_UpgradeDBInstance.Maintenance.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-35"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster_instance#auto_minor_version_upgrade"
package srm.aws.rds.cluster_minor_upgrade

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s does not receive minor engine upgrades: auto_minor_version_upgrade is %v; set it to true", [r.address, r.values.auto_minor_version_upgrade]),
	"resource": r.address,
	"path": ["auto_minor_version_upgrade"],
	"fix": [{"set": ["auto_minor_version_upgrade"], "value": true}],
} if {
	some type in ["aws_rds_cluster_instance", "aws_rds_cluster"]
	some r in tf.resources(type)
	tf.is_false(r.values.auto_minor_version_upgrade)
}
