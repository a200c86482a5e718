# METADATA
# title: DMS replication instance does not receive automatic minor version upgrades
# description: >-
#   Minor releases of the AWS DMS replication engine fix bugs and security issues in
#   the software that reads from and writes to your databases with their
#   credentials. With `auto_minor_version_upgrade = false` DMS does not apply them in
#   the maintenance window and the instance stays on a vulnerable engine until
#   someone upgrades it by hand. The current provider leaves the value to DMS, whose
#   API enables the upgrades by default, so only an explicit false is reported.
# custom:
#   id: SRM-AWS-DMS-001
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_dms_replication_instance]}
#   remediation: >-
#     Let DMS apply minor engine versions: `auto_minor_version_upgrade = true`, with a
#     `preferred_maintenance_window` such as `"sun:03:00-sun:03:30"`.
#   fix: {safety: safe, change: "Sets `auto_minor_version_upgrade = true`; DMS then applies minor engine versions in the maintenance window, with the short interruption such an upgrade needs."}
#   frameworks: {nist-800-53: [SI-2, SI-2(2)]}
#   peers: {checkov: [CKV_AWS_222]}
#   references:
#     - "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.Modifying.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_replication_instance#auto_minor_version_upgrade"
package srm.aws.dms.auto_minor_upgrade

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("DMS replication instance %s sets auto_minor_version_upgrade = %v: it does not receive minor engine upgrades", [r.address, r.values.auto_minor_version_upgrade]),
	"resource": r.address,
	"path": ["auto_minor_version_upgrade"],
	"fix": [{"set": ["auto_minor_version_upgrade"], "value": true}],
} if {
	some r in tf.resources("aws_dms_replication_instance")
	tf.is_false(r.values.auto_minor_version_upgrade)
}
