# METADATA
# title: RDS storage is not encrypted
# description: >-
#   An unencrypted database keeps its data files, logs, automated backups, read
#   replicas and snapshots in plaintext: a snapshot shared or copied by mistake
#   can be restored and read by anyone who gets it, and access to the data is not
#   gated by a KMS key policy. Encryption at rest can only be chosen when the
#   instance or cluster is created; AWS leaves it off for RDS instances and
#   provisioned Aurora clusters unless the customer asks for it.
# custom:
#   id: SRM-AWS-RDS-002
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_db_instance, aws_rds_cluster]}
#   remediation: >-
#     Create the database encrypted: `storage_encrypted = true` (optionally with
#     `kms_key_id = aws_kms_key.rds.arn`) on `aws_db_instance` or `aws_rds_cluster`.
#     An existing unencrypted database must be migrated through an encrypted
#     snapshot copy.
#   fix: {safety: unsafe, change: "Sets `storage_encrypted = true`; on an existing database Terraform destroys it and creates an empty encrypted one, so migrate the data through an encrypted snapshot copy first."}
#   frameworks: {cis-aws-3.0: ["2.3.1"], nist-800-53: [SC-28, SC-28(1), SC-13]}
#   peers: {checkov: [CKV_AWS_16, CKV_AWS_96], kics: [db_instance_storage_not_encrypted, rds_storage_not_encrypted], trivy: [AVD-AWS-0080, AVD-AWS-0079]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html"
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-3"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#storage_encrypted"
package srm.aws.rds.storage_encryption

import data.srm.lib.terraform as tf

# Attributes that make the new database inherit its encryption from a source
# (snapshot, replica source, point-in-time restore): an omitted
# storage_encrypted is then not judged.
inherited := {
	"aws_db_instance": ["replicate_source_db", "snapshot_identifier", "restore_to_point_in_time"],
	"aws_rds_cluster": ["replication_source_identifier", "snapshot_identifier", "restore_to_point_in_time"],
}

deny contains {
	"msg": sprintf("%s does not encrypt its storage: storage_encrypted is %v; set storage_encrypted = true", [r.address, r.values.storage_encrypted]),
	"resource": r.address,
	"path": ["storage_encrypted"],
	"fix": [{"set": ["storage_encrypted"], "value": true}],
} if {
	some r in candidates
	tf.is_false(r.values.storage_encrypted)
}

deny contains {
	"msg": sprintf("%s does not encrypt its storage: storage_encrypted is not set (default false); set storage_encrypted = true", [r.address]),
	"resource": r.address,
	"path": ["storage_encrypted"],
	"fix": [{"set": ["storage_encrypted"], "value": true}],
} if {
	some r in candidates
	not "storage_encrypted" in object.keys(r.values)
	not inherits_encryption(r)
}

# DB instances, and Aurora clusters that are not Serverless v1 (always encrypted).
candidates contains r if some r in tf.resources("aws_db_instance")

candidates contains r if {
	some r in tf.resources("aws_rds_cluster")
	provisioned(r)
}

provisioned(cluster) if not "engine_mode" in object.keys(cluster.values)

provisioned(cluster) if {
	mode := cluster.values.engine_mode
	is_string(mode)
	not tf.is_unresolved(mode)
	lower(mode) != "serverless"
}

inherits_encryption(r) if {
	some attr in inherited[r.type]
	attr in object.keys(r.values)
}
