# METADATA
# title: Neptune cluster storage is not encrypted
# description: >-
#   An unencrypted Neptune cluster keeps its graph data, automated backups,
#   snapshots and read replicas in plaintext: a snapshot shared or copied by
#   mistake can be restored and read by whoever gets it, and access to the data is
#   not gated by a KMS key policy. Encryption at rest can only be chosen when the
#   cluster is created, and Neptune leaves it off unless `storage_encrypted = true`
#   is set.
# custom:
#   id: SRM-AWS-NEPTUNE-002
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_neptune_cluster]}
#   remediation: >-
#     Create the cluster encrypted: `storage_encrypted = true` (optionally with
#     `kms_key_arn = aws_kms_key.neptune.arn`) on `aws_neptune_cluster`; an existing
#     cluster is migrated by restoring an encrypted snapshot copy.
#   fix: {safety: unsafe, change: "Sets `storage_encrypted = true`; on an existing cluster Terraform destroys it and creates an empty encrypted one, so restore the data from an encrypted snapshot copy instead."}
#   frameworks: {nist-800-53: [SC-28, SC-28(1), SC-13]}
#   peers: {checkov: [CKV_AWS_44], kics: [neptune_database_cluster_encryption_disabled], trivy: [AVD-AWS-0076]}
#   references:
#     - "https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#storage_encrypted"
package srm.aws.neptune.storage_encryption

import data.srm.lib.terraform as tf

# A cluster restored from a snapshot, replicating another cluster or added to a
# global database takes its encryption from there: an omitted
# storage_encrypted is then not judged.
inherited := ["snapshot_identifier", "replication_source_identifier", "global_cluster_identifier"]

deny contains {
	"msg": sprintf("Neptune cluster %s does not encrypt its storage: storage_encrypted is %v; set storage_encrypted = true", [r.address, r.values.storage_encrypted]),
	"resource": r.address,
	"path": ["storage_encrypted"],
	"fix": [{"set": ["storage_encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_neptune_cluster")
	tf.is_false(r.values.storage_encrypted)
}

deny contains {
	"msg": sprintf("Neptune cluster %s does not encrypt its storage: storage_encrypted is not set (default false); set storage_encrypted = true", [r.address]),
	"resource": r.address,
	"path": ["storage_encrypted"],
	"fix": [{"set": ["storage_encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_neptune_cluster")
	not "storage_encrypted" in object.keys(r.values)
	not inherits_encryption(r.values)
}

unknown contains {"resource": r.address, "path": ["storage_encrypted"]} if {
	some r in tf.resources("aws_neptune_cluster")
	tf.is_unresolved(r.values.storage_encrypted)
}

inherits_encryption(values) if {
	some attr in inherited
	object.get(values, attr, null) != null
}
