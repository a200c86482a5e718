# METADATA
# title: RDS automatic minor version upgrade is disabled
# description: >-
#   Minor engine versions carry the security fixes for the database engine
#   (MySQL, PostgreSQL, MariaDB, Oracle, SQL Server). With automatic minor version
#   upgrades off, AWS does not apply them in the maintenance window and the
#   instance keeps running known-vulnerable versions until someone upgrades it by
#   hand. Patching the engine is a managed service, but only if the customer lets
#   it run.
# custom:
#   id: SRM-AWS-RDS-004
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_db_instance]}
#   remediation: >-
#     Let RDS apply minor versions in the maintenance window:
#     `auto_minor_version_upgrade = true` (the default) with a
#     `maintenance_window` such as `"sun:03:00-sun:04:00"`.
#   fix: {safety: safe, change: "Sets `auto_minor_version_upgrade = true`; RDS then applies new minor engine versions in the maintenance window, with the short restart such a patch needs."}
#   frameworks: {cis-aws-3.0: ["2.3.2"], nist-800-53: [SI-2, SI-2(2)]}
#   peers: {checkov: [CKV_AWS_226], kics: [automatic_minor_upgrades_disabled]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-13"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#auto_minor_version_upgrade"
package srm.aws.rds.auto_minor_upgrade

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("RDS instance %s does not receive minor engine upgrades: auto_minor_version_upgrade is %v; set it to true", [r.address, r.values.auto_minor_version_upgrade]),
	"resource": r.address,
	"path": ["auto_minor_version_upgrade"],
	"fix": [{"set": ["auto_minor_version_upgrade"], "value": true}],
} if {
	some r in tf.resources("aws_db_instance")
	tf.is_false(r.values.auto_minor_version_upgrade)
}
