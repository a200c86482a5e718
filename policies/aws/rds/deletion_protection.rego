# METADATA
# title: RDS database has deletion protection disabled
# description: >-
#   Without deletion protection a single DeleteDBInstance or DeleteDBCluster call,
#   from a mistaken `terraform destroy`, a resource replacement forced by a changed
#   argument, a script run against the wrong account or a compromised credential,
#   removes the database; automated backups of a deleted instance are removed with
#   it unless retention was requested. RDS creates databases without deletion
#   protection unless the customer turns it on.
# custom:
#   id: SRM-AWS-RDS-006
#   severity: medium
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [aws_db_instance, aws_rds_cluster]}
#   remediation: >-
#     Protect the database: `deletion_protection = true` on `aws_db_instance` or
#     `aws_rds_cluster` (with `skip_final_snapshot = false` and
#     `delete_automated_backups = false`), and turn it off in a separate, reviewed
#     change before a planned deletion.
#   fix: {safety: safe, change: "Sets `deletion_protection = true`; the running database is unaffected, and deleting it (also with `terraform destroy`) first needs a change that turns the protection off."}
#   frameworks: {nist-800-53: [CP-9, SI-12]}
#   peers: {checkov: [CKV_AWS_293, CKV_AWS_139], trivy: [AVD-AWS-0177, AVD-AWS-0343]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-7"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-8"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#deletion_protection"
package srm.aws.rds.deletion_protection

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s can be deleted in one call: deletion_protection is %v; set it to true", [r.address, r.values.deletion_protection]),
	"resource": r.address,
	"path": ["deletion_protection"],
	"fix": [{"set": ["deletion_protection"], "value": true}],
} if {
	some type in ["aws_db_instance", "aws_rds_cluster"]
	some r in tf.resources(type)
	tf.is_false(r.values.deletion_protection)
}

deny contains {
	"msg": sprintf("%s can be deleted in one call: deletion_protection is not set (default false); set it to true", [r.address]),
	"resource": r.address,
	"path": ["deletion_protection"],
	"fix": [{"set": ["deletion_protection"], "value": true}],
} if {
	some type in ["aws_db_instance", "aws_rds_cluster"]
	some r in tf.resources(type)
	not "deletion_protection" in object.keys(r.values)
}
