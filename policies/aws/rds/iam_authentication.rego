# METADATA
# title: RDS database does not use IAM database authentication
# description: >-
#   Without IAM database authentication every application and person connects
#   with a long-lived database password that is copied into configuration files,
#   CI variables and laptops, is rarely rotated and is not tied to an identity that
#   can be revoked centrally. IAM authentication issues 15-minute tokens to IAM
#   principals instead, so access follows IAM policies, MFA and CloudTrail. RDS
#   leaves it off unless the customer enables it. Only the engines that support it
#   are judged: MySQL and PostgreSQL instances, Aurora and Multi-AZ DB clusters.
# custom:
#   id: SRM-AWS-RDS-005
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_db_instance, aws_rds_cluster]}
#   remediation: >-
#     Enable IAM authentication: `iam_database_authentication_enabled = true` on
#     `aws_db_instance` or `aws_rds_cluster`, create database users with the
#     `rds_iam` role or `AWSAuthenticationPlugin`, and grant `rds-db:connect` to the
#     application's IAM role.
#   fix: {safety: safe, change: "Sets `iam_database_authentication_enabled = true`; RDS adds IAM token authentication next to password authentication without a restart, so existing password logins keep working."}
#   frameworks: {nist-800-53: [IA-2, IA-5, AC-2]}
#   peers: {checkov: [CKV_AWS_161, CKV_AWS_162], kics: [iam_database_auth_not_enabled], trivy: [AVD-AWS-0176]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-10"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-12"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#iam_database_authentication_enabled"
package srm.aws.rds.iam_authentication

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s authenticates with database passwords only: iam_database_authentication_enabled is %v; set it to true", [r.address, r.values.iam_database_authentication_enabled]),
	"resource": r.address,
	"path": ["iam_database_authentication_enabled"],
	"fix": [{"set": ["iam_database_authentication_enabled"], "value": true}],
} if {
	some r in candidates
	tf.is_false(r.values.iam_database_authentication_enabled)
}

deny contains {
	"msg": sprintf("%s authenticates with database passwords only: iam_database_authentication_enabled is not set (default false); set it to true", [r.address]),
	"resource": r.address,
	"path": ["iam_database_authentication_enabled"],
	"fix": [{"set": ["iam_database_authentication_enabled"], "value": true}],
} if {
	some r in candidates
	not "iam_database_authentication_enabled" in object.keys(r.values)
}

# DB instances running MySQL or PostgreSQL (an unresolved engine is not judged).
candidates contains r if {
	some r in tf.resources("aws_db_instance")
	is_string(r.values.engine)
	lower(r.values.engine) in {"mysql", "postgres"}
}

# Aurora and Multi-AZ DB clusters; Aurora Serverless v1 does not support IAM
# authentication.
candidates contains r if {
	some r in tf.resources("aws_rds_cluster")
	cluster_engine_supported(r.values)
	not serverless_v1(r.values)
}

cluster_engine_supported(values) if not "engine" in object.keys(values)

cluster_engine_supported(values) if {
	is_string(values.engine)
	lower(values.engine) in {"aurora", "aurora-mysql", "aurora-postgresql", "mysql", "postgres"}
}

serverless_v1(values) if {
	is_string(values.engine_mode)
	lower(values.engine_mode) == "serverless"
}
