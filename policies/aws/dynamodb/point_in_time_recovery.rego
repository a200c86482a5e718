# METADATA
# title: DynamoDB table has point-in-time recovery disabled
# description: >-
#   Point-in-time recovery keeps continuous backups of a table for up to 35 days so
#   that it can be restored to any second, which is the way back from a bad
#   deployment that overwrites items, an application bug, a careless delete or an
#   attacker with write access. Without it only manual on-demand backups exist, and
#   whatever changed since the last one is lost. DynamoDB does not enable
#   point-in-time recovery unless the customer asks for it.
# custom:
#   id: SRM-AWS-DYNAMODB-001
#   severity: medium
#   areas: [incident-response]
#   responsibility: shared
#   input: {format: terraform, types: [aws_dynamodb_table]}
#   remediation: >-
#     Enable continuous backups on the table:
#     `point_in_time_recovery { enabled = true }` on `aws_dynamodb_table`.
#   fix: {safety: safe, change: "Sets `enabled = true` in `point_in_time_recovery` (adding the block when it is missing); DynamoDB keeps continuous backups for 35 days, billed by table size, without affecting reads or writes."}
#   frameworks: {nist-800-53: [CP-9, CP-10]}
#   peers: {checkov: [CKV_AWS_28], kics: [dynamodb_table_point_in_time_recovery_disabled], trivy: [AVD-AWS-0024]}
#   references:
#     - "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-2"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#point_in_time_recovery"
package srm.aws.dynamodb.point_in_time_recovery

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("DynamoDB table %s has no point_in_time_recovery block, so point-in-time recovery is off (default); add point_in_time_recovery { enabled = true }", [r.address]),
	"resource": r.address,
	"path": ["point_in_time_recovery", 0, "enabled"],
	"fix": [{"set": ["point_in_time_recovery", 0, "enabled"], "value": true}],
} if {
	some r in tf.resources("aws_dynamodb_table")
	count(tf.blocks(r.values, "point_in_time_recovery")) == 0
}

deny contains {
	"msg": sprintf("DynamoDB table %s has point-in-time recovery disabled: point_in_time_recovery.enabled is %v; set it to true", [r.address, block.enabled]),
	"resource": r.address,
	"path": ["point_in_time_recovery", i, "enabled"],
	"fix": [{"set": ["point_in_time_recovery", i, "enabled"], "value": true}],
} if {
	some r in tf.resources("aws_dynamodb_table")
	some i, block in tf.blocks(r.values, "point_in_time_recovery")
	tf.is_false(block.enabled)
}
