# METADATA
# title: DocumentDB cluster storage is not encrypted
# description: >-
#   An unencrypted DocumentDB cluster keeps its documents, indexes, automated
#   backups, snapshots and replicas in plaintext: a snapshot shared or copied by
#   mistake can be restored and read by whoever gets it, and access to the data is
#   not gated by a KMS key policy. Encryption at rest can only be chosen when the
#   cluster is created, and DocumentDB leaves it off unless `storage_encrypted =
#   true` is set.
# custom:
#   id: SRM-AWS-DOCDB-002
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_docdb_cluster]}
#   remediation: >-
#     Create the cluster encrypted: `storage_encrypted = true` (optionally with
#     `kms_key_id = aws_kms_key.docdb.arn`) on `aws_docdb_cluster`; an existing
#     cluster is migrated by restoring an encrypted snapshot copy.
#   fix: {safety: unsafe, change: "Sets `storage_encrypted = true`; on an existing cluster Terraform destroys it and creates an empty encrypted one, so restore the data from an encrypted snapshot copy instead."}
#   frameworks: {nist-800-53: [SC-28, SC-28(1), SC-13]}
#   peers: {checkov: [CKV_AWS_74], kics: [docdb_cluster_not_encrypted], trivy: [AVD-AWS-0021]}
#   references:
#     - "https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html#documentdb-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#storage_encrypted"
package srm.aws.docdb.storage_encryption

import data.srm.lib.terraform as tf

# A cluster restored from a snapshot or added to a global cluster takes its
# encryption from there: an omitted storage_encrypted is then not judged.
inherited := ["snapshot_identifier", "global_cluster_identifier", "restore_to_point_in_time"]

deny contains {
	"msg": sprintf("DocumentDB cluster %s does not encrypt its storage: storage_encrypted is %v; set storage_encrypted = true", [r.address, r.values.storage_encrypted]),
	"resource": r.address,
	"path": ["storage_encrypted"],
	"fix": [{"set": ["storage_encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_docdb_cluster")
	tf.is_false(r.values.storage_encrypted)
}

deny contains {
	"msg": sprintf("DocumentDB cluster %s does not encrypt its storage: storage_encrypted is not set (default false); set storage_encrypted = true", [r.address]),
	"resource": r.address,
	"path": ["storage_encrypted"],
	"fix": [{"set": ["storage_encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_docdb_cluster")
	not "storage_encrypted" in object.keys(r.values)
	not inherits_encryption(r.values)
}

unknown contains {"resource": r.address, "path": ["storage_encrypted"]} if {
	some r in tf.resources("aws_docdb_cluster")
	tf.is_unresolved(r.values.storage_encrypted)
}

inherits_encryption(values) if {
	some attr in inherited
	object.get(values, attr, null) != null
}
