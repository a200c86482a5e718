# METADATA
# title: ElastiCache replication group does not fail over automatically
# description: >-
#   Without automatic failover, the loss of the primary node (a hardware failure,
#   an Availability Zone outage, a botched maintenance) leaves the cache without a
#   writable primary until someone promotes a replica by hand, and applications
#   that keep sessions, locks or queues in it stop. ElastiCache promotes a replica
#   in seconds, but only in a replication group that has one and asks for it;
#   the default is off.
# custom:
#   id: SRM-AWS-ELASTICACHE-006
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [aws_elasticache_replication_group]}
#   remediation: >-
#     Keep at least one replica in another Availability Zone and let ElastiCache
#     promote it: `num_cache_clusters = 2`, `automatic_failover_enabled = true`,
#     `multi_az_enabled = true`.
#   frameworks: {nist-800-53: [CP-10, SC-36]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-3"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#automatic_failover_enabled"
#   peers: {checkov: [CKV2_AWS_50]}
package srm.aws.elasticache.automatic_failover

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ElastiCache replication group %s does not fail over automatically (automatic_failover_enabled = %v)", [r.address, r.values.automatic_failover_enabled]),
	"resource": r.address,
	"path": ["automatic_failover_enabled"],
} if {
	some r in tf.resources("aws_elasticache_replication_group")
	tf.is_false(r.values.automatic_failover_enabled)
}

deny contains {
	"msg": sprintf("ElastiCache replication group %s does not fail over automatically: automatic_failover_enabled is not set (default false)", [r.address]),
	"resource": r.address,
	"path": ["automatic_failover_enabled"],
} if {
	some r in tf.resources("aws_elasticache_replication_group")
	object.get(r.values, "automatic_failover_enabled", null) == null
}

unknown contains {"resource": r.address, "path": ["automatic_failover_enabled"]} if {
	some r in tf.resources("aws_elasticache_replication_group")
	tf.is_unresolved(r.values.automatic_failover_enabled)
}
