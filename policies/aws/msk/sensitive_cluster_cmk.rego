# METADATA
# title: Confidential MSK cluster is not encrypted with a customer managed key
# description: >-
#   MSK always encrypts broker storage, by default with the AWS managed key
#   `aws/kafka`, whose key policy the customer cannot change: anyone allowed to use
#   MSK in the account can read the data through the service, and the key cannot be
#   disabled to make the data unreadable. For clusters classified confidential or
#   restricted, a customer managed KMS key keeps decryption under the customer's
#   key policy and records each use in CloudTrail. The key can only be chosen when
#   the cluster is created.
# custom:
#   id: SRM-AWS-MSK-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_msk_cluster]}
#   remediation: >-
#     Create the cluster with a customer managed key: `encryption_info {
#     encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn }` on `aws_msk_cluster`
#     (changing it replaces the cluster).
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/msk/latest/developerguide/msk-working-with-encryption.html"
#     - "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_at_rest_kms_key_arn"
package srm.aws.msk.sensitive_cluster_cmk

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("MSK cluster %s is classified %s but has no encryption_info block, so its storage is encrypted with the AWS managed key aws/kafka; set encryption_info { encryption_at_rest_kms_key_arn = ... }", [r.address, classes(r)]),
	"resource": r.address,
	"path": ["encryption_info", 0, "encryption_at_rest_kms_key_arn"],
} if {
	some r in sensitive_clusters
	count(tf.blocks(r.values, "encryption_info")) == 0
}

deny contains {
	"msg": sprintf("MSK cluster %s is classified %s but %s; set encryption_at_rest_kms_key_arn to a customer managed key", [r.address, classes(r), key_problem(info)]),
	"resource": r.address,
	"path": ["encryption_info", i, "encryption_at_rest_kms_key_arn"],
} if {
	some r in sensitive_clusters
	some i, info in tf.blocks(r.values, "encryption_info")
	key_problem(info)
}

# Only clusters classified confidential or restricted are judged.
applies contains r.address if some r in sensitive_clusters

unknown contains {"resource": r.address, "path": ["encryption_info", i, "encryption_at_rest_kms_key_arn"]} if {
	some r in sensitive_clusters
	some i, info in tf.blocks(r.values, "encryption_info")
	tf.is_unresolved(object.get(info, "encryption_at_rest_kms_key_arn", null))
}

sensitive_clusters contains r if {
	some r in tf.resources("aws_msk_cluster")
	tf.is_sensitive(r.values)
}

classes(r) := concat("/", sort(tf.classifications(r.values)))

key_problem(info) := "encryption_info sets no encryption_at_rest_kms_key_arn, so the AWS managed key aws/kafka is used" if {
	object.get(info, "encryption_at_rest_kms_key_arn", null) in {null, ""}
} else := sprintf("encryption_at_rest_kms_key_arn is the AWS managed key %q", [info.encryption_at_rest_kms_key_arn]) if {
	key := info.encryption_at_rest_kms_key_arn
	is_string(key)
	regex.match(`(^|:)alias/aws/`, key)
}
