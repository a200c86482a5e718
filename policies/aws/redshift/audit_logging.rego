# METADATA
# title: Redshift cluster has no audit logging
# description: >-
#   Redshift audit logs record who connected to the warehouse, from where, which
#   database users were created or changed, and every query that ran. Without them
#   a data exfiltration through SQL, a misuse of a shared account or a brute-force
#   attempt leaves no trace, and auditors get no evidence of who accessed
#   regulated data. Redshift writes these logs only when the customer enables
#   logging to S3 or CloudWatch Logs.
# custom:
#   id: SRM-AWS-REDSHIFT-003
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_redshift_cluster, aws_redshift_logging]}
#   remediation: >-
#     Enable audit logging: `resource "aws_redshift_logging" "dw" { cluster_identifier
#     = aws_redshift_cluster.dw.cluster_identifier log_destination_type =
#     "cloudwatch" log_exports = ["connectionlog", "userlog", "useractivitylog"] }`
#     (with AWS provider v5 also `logging { enable = true bucket_name = ... }` inside
#     the cluster), and set `enable_user_activity_logging = true` in the parameter group.
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   peers: {checkov: [CKV_AWS_71], kics: [redshift_cluster_logging_disabled]}
#   references:
#     - "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-4"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_logging"
package srm.aws.redshift.audit_logging

import data.srm.lib.terraform as tf

# No logging block and no aws_redshift_logging for the cluster.
deny contains {
	"msg": sprintf("Redshift cluster %s has no audit logging: neither a logging block nor an aws_redshift_logging refers to it", [r.address]),
	"resource": r.address,
	"path": ["logging"],
} if {
	some r in tf.resources("aws_redshift_cluster")
	count(tf.blocks(r.values, "logging")) == 0
	not separate_logging(r)
}

# A legacy logging block that leaves logging off.
deny contains {
	"msg": sprintf("Redshift cluster %s has audit logging disabled: logging.enable is %v; set it to true", [r.address, block.enable]),
	"resource": r.address,
	"path": ["logging", i, "enable"],
} if {
	some r in tf.resources("aws_redshift_cluster")
	some i, block in tf.blocks(r.values, "logging")
	tf.is_false(block.enable)
	not separate_logging(r)
}

# An aws_redshift_logging whose cluster_identifier refers to the cluster, names it
# literally, or uses the very same expression: looked up in the index of
# references and in a set of names computed once per document.
separate_logging(cluster) if tf.has_referrer("aws_redshift_logging", "cluster_identifier", cluster.address)

separate_logging(cluster) if logged_cluster_identifiers[cluster.values.cluster_identifier]

# logged_cluster_identifiers: the string cluster_identifier values of the aws_redshift_logging resources.
logged_cluster_identifiers contains identifier if {
	some l in tf.resources("aws_redshift_logging")
	identifier := l.values.cluster_identifier
	is_string(identifier)
}
