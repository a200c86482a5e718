# METADATA
# title: DynamoDB table has deletion protection disabled
# description: >-
#   Without deletion protection a single DeleteTable call, from a mistaken
#   `terraform destroy`, a renamed resource that Terraform replaces, a script run
#   against the wrong account or a compromised credential, removes the table and
#   all its items at once. Point-in-time recovery backups of a deleted table are
#   kept only for a limited time. DynamoDB creates tables without deletion
#   protection unless the customer turns it on.
# custom:
#   id: SRM-AWS-DYNAMODB-003
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [aws_dynamodb_table]}
#   remediation: >-
#     Protect the table against deletion: `deletion_protection_enabled = true` on
#     `aws_dynamodb_table` (turn it off deliberately, in a separate change, before a
#     planned deletion).
#   fix: {safety: safe, change: "Sets `deletion_protection_enabled = true`; reads and writes are unaffected, and deleting the table (also with `terraform destroy`) first needs a change that turns the protection off."}
#   frameworks: {nist-800-53: [CP-9, SI-12]}
#   references:
#     - "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-6"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#deletion_protection_enabled"
package srm.aws.dynamodb.deletion_protection

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("DynamoDB table %s can be deleted in one call: deletion_protection_enabled is %v; set it to true", [r.address, r.values.deletion_protection_enabled]),
	"resource": r.address,
	"path": ["deletion_protection_enabled"],
	"fix": [{"set": ["deletion_protection_enabled"], "value": true}],
} if {
	some r in tf.resources("aws_dynamodb_table")
	tf.is_false(r.values.deletion_protection_enabled)
}

deny contains {
	"msg": sprintf("DynamoDB table %s can be deleted in one call: deletion_protection_enabled is not set (default false); set it to true", [r.address]),
	"resource": r.address,
	"path": ["deletion_protection_enabled"],
	"fix": [{"set": ["deletion_protection_enabled"], "value": true}],
} if {
	some r in tf.resources("aws_dynamodb_table")
	not "deletion_protection_enabled" in object.keys(r.values)
}
