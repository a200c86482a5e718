# METADATA
# title: Redshift cluster does not receive engine version upgrades
# description: >-
#   Redshift patches its engine, including security fixes, through version
#   upgrades applied in the maintenance window. With `allow_version_upgrade =
#   false` the cluster stays on its current version and keeps any vulnerability
#   fixed since, until someone upgrades it by hand. The provider allows upgrades by
#   default, so only an explicit `false` is reported.
# custom:
#   id: SRM-AWS-REDSHIFT-005
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_redshift_cluster]}
#   remediation: >-
#     Let Redshift apply version upgrades: `allow_version_upgrade = true` (the
#     default) with a `preferred_maintenance_window` such as `"sun:03:00-sun:04:00"`,
#     and choose the `maintenance_track_name` ("current" or "trailing") deliberately.
#   fix: {safety: safe, change: "Sets `allow_version_upgrade = true`; Redshift then applies engine versions of its maintenance track in the maintenance window, with the short restart such an upgrade needs."}
#   frameworks: {nist-800-53: [SI-2, SI-2(2)]}
#   peers: {checkov: [CKV_AWS_141]}
#   references:
#     - "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#rs-maintenance-windows"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-6"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#allow_version_upgrade"
package srm.aws.redshift.version_upgrade

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redshift cluster %s does not receive engine upgrades: allow_version_upgrade is %v; set it to true", [r.address, r.values.allow_version_upgrade]),
	"resource": r.address,
	"path": ["allow_version_upgrade"],
	"fix": [{"set": ["allow_version_upgrade"], "value": true}],
} if {
	some r in tf.resources("aws_redshift_cluster")
	tf.is_false(r.values.allow_version_upgrade)
}
