# METADATA
# title: Confidential RDS database is not encrypted with a customer managed key
# description: >-
#   An encrypted RDS database without `kms_key_id` uses the AWS managed key
#   `aws/rds`, whose key policy the customer cannot change: every principal in the
#   account allowed to use RDS can use the key, snapshots cannot be shared with
#   another account, and access cannot be revoked by disabling the key. For
#   databases classified confidential or restricted a customer managed key keeps
#   decryption under the customer's key policy, with separation of duties between
#   database and key administrators.
# custom:
#   id: SRM-AWS-RDS-011
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_db_instance, aws_rds_cluster]}
#   remediation: >-
#     Encrypt the database with a customer managed key: `storage_encrypted = true`
#     with `kms_key_id = aws_kms_key.rds.arn` on `aws_db_instance` or
#     `aws_rds_cluster` (an existing database is migrated through a snapshot copy
#     re-encrypted with the new key).
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.Keys.html"
#     - "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#kms_key_id"
package srm.aws.rds.sensitive_cmk

import data.srm.lib.terraform as tf

# Databases restored from a snapshot, created as replicas or restored to a point
# in time take their key from the source and are not judged when kms_key_id is
# omitted.
inherited := {
	"aws_db_instance": ["replicate_source_db", "snapshot_identifier", "restore_to_point_in_time"],
	"aws_rds_cluster": ["replication_source_identifier", "snapshot_identifier", "restore_to_point_in_time"],
}

deny contains {
	"msg": sprintf("%s is classified %s but sets no kms_key_id, so it is %s; set kms_key_id to a customer managed key", [r.address, classes(r), state(r)]),
	"resource": r.address,
	"path": ["kms_key_id"],
} if {
	some r in sensitive
	not has_value(r.values, "kms_key_id")
	not inherits_key(r)
}

deny contains {
	"msg": sprintf("%s is classified %s but kms_key_id is the AWS managed key %q; use a customer managed key", [r.address, classes(r), r.values.kms_key_id]),
	"resource": r.address,
	"path": ["kms_key_id"],
} if {
	some r in sensitive
	is_string(r.values.kms_key_id)
	regex.match(`(^|:)alias/aws/`, r.values.kms_key_id)
}

sensitive contains r if {
	some type in ["aws_db_instance", "aws_rds_cluster"]
	some r in tf.resources(type)
	tf.is_sensitive(r.values)
}

state(r) := "not encrypted at rest" if {
	not tf.is_true(object.get(r.values, "storage_encrypted", false))
	not tf.is_unresolved(object.get(r.values, "storage_encrypted", false))
} else := "encrypted with the AWS managed key aws/rds"

classes(r) := concat("/", sort(tf.classifications(r.values)))

has_value(values, attr) if {
	value := object.get(values, attr, null)
	value != null
	value != ""
}

inherits_key(r) if {
	some attr in inherited[r.type]
	attr in object.keys(r.values)
}
