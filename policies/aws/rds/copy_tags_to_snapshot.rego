# METADATA
# title: RDS database does not copy its tags to snapshots
# description: >-
#   Snapshots are copies of the data and deserve the same handling, but without
#   `copy_tags_to_snapshot` they are created without the database's tags: the
#   data-classification, owner and cost tags that drive access policies (ABAC),
#   backup and retention rules, audits and clean-up are missing from exactly the
#   copies that are most often shared, copied across regions or forgotten. RDS
#   copies tags only when the customer asks for it.
# custom:
#   id: SRM-AWS-RDS-009
#   severity: low
#   areas: [compliance]
#   responsibility: customer
#   input: {format: terraform, types: [aws_db_instance, aws_rds_cluster]}
#   remediation: >-
#     Copy tags to every snapshot: `copy_tags_to_snapshot = true` on
#     `aws_db_instance` or `aws_rds_cluster`.
#   fix: {safety: safe, change: "Sets `copy_tags_to_snapshot = true`; snapshots taken from then on carry the database's tags, nothing else changes."}
#   frameworks: {nist-800-53: [CM-8, RA-2]}
#   peers: {checkov: [CKV2_AWS_60, CKV_AWS_313]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-16"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-17"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#copy_tags_to_snapshot"
package srm.aws.rds.copy_tags_to_snapshot

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s creates snapshots without its tags: copy_tags_to_snapshot is %v; set it to true", [r.address, r.values.copy_tags_to_snapshot]),
	"resource": r.address,
	"path": ["copy_tags_to_snapshot"],
	"fix": [{"set": ["copy_tags_to_snapshot"], "value": true}],
} if {
	some r in candidates
	tf.is_false(r.values.copy_tags_to_snapshot)
}

deny contains {
	"msg": sprintf("%s creates snapshots without its tags: copy_tags_to_snapshot is not set (default false); set it to true", [r.address]),
	"resource": r.address,
	"path": ["copy_tags_to_snapshot"],
	"fix": [{"set": ["copy_tags_to_snapshot"], "value": true}],
} if {
	some r in candidates
	not "copy_tags_to_snapshot" in object.keys(r.values)
}

# Clusters, and DB instances that are not Aurora, DocumentDB or Neptune members
# (their snapshots are cluster snapshots, governed by the cluster's setting).
candidates contains r if some r in tf.resources("aws_rds_cluster")

candidates contains r if {
	some r in tf.resources("aws_db_instance")
	not cluster_member_engine(r.values)
}

cluster_member_engine(values) if {
	is_string(values.engine)
	regex.match(`^(aurora|docdb|neptune)`, lower(values.engine))
}
