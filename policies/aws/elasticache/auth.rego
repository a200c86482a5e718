# METADATA
# title: ElastiCache replication group does not require authentication
# description: >-
#   A Redis OSS or Valkey replication group without an AUTH token and without RBAC
#   user groups accepts commands from any client that can reach its port: every
#   instance, container or Lambda function in the VPC and in peered networks can
#   read all keys, overwrite them, or run FLUSHALL. Security groups only limit who
#   can connect, not who may act. ElastiCache enforces authentication only when
#   the customer configures a token or access control lists.
# custom:
#   id: SRM-AWS-ELASTICACHE-003
#   severity: medium
#   areas: [iam, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_elasticache_replication_group]}
#   remediation: >-
#     Require authentication: attach RBAC users with `user_group_ids =
#     [aws_elasticache_user_group.app.user_group_id]`, or set `auth_token` from a
#     secret (e.g. `auth_token = random_password.cache.result`) together with
#     `transit_encryption_enabled = true`.
#   frameworks: {nist-800-53: [IA-2, AC-3]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html"
#     - "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-6"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#auth_token"
package srm.aws.elasticache.auth

import data.srm.lib.terraform as tf

# A secondary member of a global datastore takes the primary's authentication
# and is not judged.
deny contains {
	"msg": sprintf("ElastiCache replication group %s accepts unauthenticated clients: it sets neither auth_token nor user_group_ids", [r.address]),
	"resource": r.address,
	"path": ["auth_token"],
} if {
	some r in tf.resources("aws_elasticache_replication_group")
	not "global_replication_group_id" in object.keys(r.values)
	not authenticated(r.values)
}

# Any AUTH token (also write-only auth_token_wo) or RBAC user group; an
# unresolved value counts as set.
authenticated(values) if {
	some attr in ["auth_token", "auth_token_wo"]
	value := object.get(values, attr, null)
	value != null
	value != ""
}

authenticated(values) if {
	groups := object.get(values, "user_group_ids", null)
	is_array(groups)
	count(groups) > 0
}

authenticated(values) if tf.is_unresolved(object.get(values, "user_group_ids", null))
