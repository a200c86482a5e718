# METADATA
# title: Confidential DynamoDB table is not encrypted with a customer managed key
# description: >-
#   DynamoDB always encrypts tables at rest, by default with a key AWS owns and
#   manages for all its customers: the customer cannot restrict who may use it,
#   cannot see its use in CloudTrail and cannot revoke it. For tables classified
#   confidential or restricted, a customer managed KMS key keeps decryption under
#   the customer's key policy, records every use and allows crypto-shredding by
#   disabling the key. The AWS managed key `aws/dynamodb` is auditable but its
#   policy cannot be changed, so it does not meet that bar either.
# custom:
#   id: SRM-AWS-DYNAMODB-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_dynamodb_table]}
#   remediation: >-
#     Encrypt the table with a customer managed key:
#     `server_side_encryption { enabled = true kms_key_arn = aws_kms_key.dynamodb.arn }`
#     on `aws_dynamodb_table`.
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html"
#     - "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#server_side_encryption"
package srm.aws.dynamodb.sensitive_table_cmk

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("DynamoDB table %s is classified %s but has no server_side_encryption block, so it is encrypted with an AWS owned key; add server_side_encryption { enabled = true kms_key_arn = ... }", [r.address, classes(r)]),
	"resource": r.address,
	"path": ["server_side_encryption", 0, "kms_key_arn"],
} if {
	some r in sensitive_tables
	count(tf.blocks(r.values, "server_side_encryption")) == 0
}

deny contains {
	"msg": sprintf("DynamoDB table %s is classified %s but server_side_encryption.enabled is %v, so it is encrypted with an AWS owned key; set enabled = true with a kms_key_arn", [r.address, classes(r), block.enabled]),
	"resource": r.address,
	"path": ["server_side_encryption", i, "enabled"],
} if {
	some r in sensitive_tables
	some i, block in tf.blocks(r.values, "server_side_encryption")
	tf.is_false(block.enabled)
}

deny contains {
	"msg": sprintf("DynamoDB table %s is classified %s but %s; set kms_key_arn to a customer managed key", [r.address, classes(r), key_problem(block)]),
	"resource": r.address,
	"path": ["server_side_encryption", i, "kms_key_arn"],
} if {
	some r in sensitive_tables
	some i, block in tf.blocks(r.values, "server_side_encryption")
	tf.is_true(block.enabled)
	key_problem(block)
}

# Only classified tables are judged: the others are neither passed nor failed.
applies contains r.address if some r in sensitive_tables

sensitive_tables contains r if {
	some r in tf.resources("aws_dynamodb_table")
	tf.is_sensitive(r.values)
}

classes(r) := concat("/", sort(tf.classifications(r.values)))

key_problem(block) := "server_side_encryption sets no kms_key_arn, so the AWS managed key aws/dynamodb is used" if {
	not has_value(block, "kms_key_arn")
} else := sprintf("kms_key_arn is the AWS managed key %q", [block.kms_key_arn]) if {
	aws_managed_key(block.kms_key_arn)
}

has_value(obj, attr) if {
	value := object.get(obj, attr, null)
	value != null
	value != ""
}

# An alias or alias ARN of an AWS managed key (alias/aws/<service>).
aws_managed_key(key) if {
	is_string(key)
	regex.match(`(^|:)alias/aws/`, key)
}
