# METADATA
# title: Confidential EBS volume is not encrypted with a customer managed key
# description: >-
#   An encrypted volume without `kms_key_id` uses the account's default EBS key,
#   normally the AWS managed key `aws/ebs`, whose policy the customer cannot
#   change: every principal allowed to use EC2 in the account can use it, snapshots
#   encrypted with it cannot be shared with another account, and access cannot be
#   revoked by disabling the key. Volumes classified confidential or restricted
#   should be encrypted with a customer managed key whose policy limits who can
#   decrypt them.
# custom:
#   id: SRM-AWS-EBS-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ebs_volume]}
#   remediation: >-
#     Encrypt the volume with a customer managed key: `encrypted = true` with
#     `kms_key_id = aws_kms_key.ebs.arn` on `aws_ebs_volume` (or set the account
#     default with `aws_ebs_default_kms_key`).
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html#ebs-encryption-key-management"
#     - "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_volume#kms_key_id"
package srm.aws.ebs.sensitive_volume_cmk

import data.srm.lib.terraform as tf

# A volume restored from a snapshot keeps the snapshot's key unless kms_key_id is
# set, so it is not judged when kms_key_id is omitted. An account default key set
# with aws_ebs_default_kms_key in this module counts as a customer managed key.
deny contains {
	"msg": sprintf("EBS volume %s is classified %s but sets no kms_key_id, so it is %s; set kms_key_id to a customer managed key", [r.address, classes(r), state(r)]),
	"resource": r.address,
	"path": ["kms_key_id"],
} if {
	some r in sensitive_volumes
	object.get(r.values, "kms_key_id", "") in {"", null}
	not "snapshot_id" in object.keys(r.values)
	count(tf.resources("aws_ebs_default_kms_key")) == 0
}

deny contains {
	"msg": sprintf("EBS volume %s is classified %s but kms_key_id is the AWS managed key %q; use a customer managed key", [r.address, classes(r), r.values.kms_key_id]),
	"resource": r.address,
	"path": ["kms_key_id"],
} if {
	some r in sensitive_volumes
	is_string(r.values.kms_key_id)
	regex.match(`(^|:)alias/aws/`, r.values.kms_key_id)
}

sensitive_volumes contains r if {
	some r in tf.resources("aws_ebs_volume")
	tf.is_sensitive(r.values)
}

classes(r) := concat("/", sort(tf.classifications(r.values)))

state(r) := "encrypted with the account's default EBS key (normally aws/ebs), if at all" if {
	not tf.is_false(object.get(r.values, "encrypted", false))
} else := "not encrypted at all"
