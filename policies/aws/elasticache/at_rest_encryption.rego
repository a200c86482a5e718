# METADATA
# title: ElastiCache replication group is not encrypted at rest
# description: >-
#   Without encryption at rest the cache's data on disk, its swap and every backup
#   and snapshot exported to S3 are stored in plaintext, and caches routinely hold
#   session tokens, personal data and copies of database rows. Encryption at rest
#   can only be chosen when the replication group is created; for the Redis OSS
#   engine the provider and the API leave it off unless the customer asks for it
#   (Valkey groups are encrypted by default).
# custom:
#   id: SRM-AWS-ELASTICACHE-001
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_elasticache_replication_group]}
#   remediation: >-
#     Create the replication group encrypted: `at_rest_encryption_enabled = true`
#     (optionally with `kms_key_id = aws_kms_key.cache.arn`) on
#     `aws_elasticache_replication_group`.
#   fix: {safety: unsafe, change: "Sets `at_rest_encryption_enabled = true`; an existing replication group cannot be encrypted in place, so Terraform replaces it and the cached data is lost unless it is restored from a snapshot."}
#   frameworks: {nist-800-53: [SC-28, SC-28(1)]}
#   peers: {checkov: [CKV_AWS_29], kics: [elasticache_replication_group_not_encrypted_at_rest], trivy: [AVD-AWS-0045]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-4"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#at_rest_encryption_enabled"
package srm.aws.elasticache.at_rest_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ElastiCache replication group %s is not encrypted at rest: at_rest_encryption_enabled is %v; set it to true", [r.address, r.values.at_rest_encryption_enabled]),
	"resource": r.address,
	"path": ["at_rest_encryption_enabled"],
	"fix": [{"set": ["at_rest_encryption_enabled"], "value": true}],
} if {
	some r in tf.resources("aws_elasticache_replication_group")
	tf.is_false(r.values.at_rest_encryption_enabled)
}

# Omitted: off for the redis engine (the default engine). A member of a global
# datastore inherits the primary's setting and is not judged.
deny contains {
	"msg": sprintf("ElastiCache replication group %s is not encrypted at rest: at_rest_encryption_enabled is not set (default false for the redis engine); set it to true", [r.address]),
	"resource": r.address,
	"path": ["at_rest_encryption_enabled"],
	"fix": [{"set": ["at_rest_encryption_enabled"], "value": true}],
} if {
	some r in tf.resources("aws_elasticache_replication_group")
	not "at_rest_encryption_enabled" in object.keys(r.values)
	not "global_replication_group_id" in object.keys(r.values)
	redis_engine(r.values)
}

redis_engine(values) if not "engine" in object.keys(values)

redis_engine(values) if lower(values.engine) == "redis"
