# METADATA
# title: Confidential Redshift cluster is not encrypted with a customer managed key
# description: >-
#   Without kms_key_id, an encrypted Redshift cluster uses the AWS managed key
#   aws/redshift, whose key policy the customer cannot change: any principal of
#   the account allowed to use Redshift can use it, snapshots cannot be shared with
#   another account, and access to the data cannot be cut off by disabling the key.
#   For warehouses classified confidential or restricted a customer managed key
#   keeps decryption under the customer's key policy, with separation of duties
#   and a CloudTrail record of every use.
# custom:
#   id: SRM-AWS-REDSHIFT-008
#   severity: medium
#   areas: [data-security, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [aws_redshift_cluster]}
#   remediation: >-
#     Encrypt the cluster with a customer managed key: `encrypted = true` with
#     `kms_key_id = aws_kms_key.redshift.arn` (an existing cluster is re-encrypted
#     in place when the key changes).
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html"
#     - "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#kms_key_id"
package srm.aws.redshift.confidential_cmk

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redshift cluster %s is classified %s but sets no kms_key_id, so it is %s; set kms_key_id to a customer managed key", [r.address, classes(r), state(r)]),
	"resource": r.address,
	"path": ["kms_key_id"],
} if {
	some r in sensitive
	object.get(r.values, "kms_key_id", null) in {null, ""}
	not restored(r)
}

deny contains {
	"msg": sprintf("Redshift cluster %s is classified %s but kms_key_id is the AWS managed key %q; use a customer managed key", [r.address, classes(r), r.values.kms_key_id]),
	"resource": r.address,
	"path": ["kms_key_id"],
} if {
	some r in sensitive
	is_string(r.values.kms_key_id)
	regex.match(`(^|:)alias/aws/`, r.values.kms_key_id)
}

applies contains r.address if some r in sensitive

sensitive contains r if {
	some r in tf.resources("aws_redshift_cluster")
	tf.is_sensitive(r.values)
}

# A cluster restored from a snapshot takes the snapshot's key when kms_key_id is omitted.
restored(r) if object.get(r.values, "snapshot_identifier", null) != null

restored(r) if object.get(r.values, "snapshot_arn", null) != null

state(r) := "not encrypted at rest" if {
	tf.is_false(object.get(r.values, "encrypted", true))
} else := "encrypted with the AWS managed key aws/redshift"

classes(r) := concat("/", sort(tf.classifications(r.values)))
