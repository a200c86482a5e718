# METADATA
# title: ElastiCache automatic minor version upgrade is disabled
# description: >-
#   Minor engine versions of Redis OSS and Valkey carry security fixes. With
#   automatic minor version upgrades off, ElastiCache does not apply them in the
#   maintenance window and the cache keeps running known-vulnerable versions until
#   someone upgrades it by hand. Patching is a managed service, but only when the
#   customer lets it run; the provider enables it by default, so only an explicit
#   `false` is reported.
# custom:
#   id: SRM-AWS-ELASTICACHE-005
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_elasticache_replication_group, aws_elasticache_cluster]}
#   remediation: >-
#     Let ElastiCache apply minor versions: `auto_minor_version_upgrade = true` (the
#     default) with a `maintenance_window` such as `"sun:03:00-sun:04:00"`.
#   fix: {safety: safe, change: "Sets `auto_minor_version_upgrade = true`; ElastiCache then applies minor engine versions in the maintenance window, node by node with failover where replicas exist."}
#   frameworks: {nist-800-53: [SI-2, SI-2(2)]}
#   peers: {checkov: [CKV_AWS_322]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-2"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_cluster#auto_minor_version_upgrade"
package srm.aws.elasticache.auto_minor_upgrade

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s does not receive minor engine upgrades: auto_minor_version_upgrade is %v; set it to true", [r.address, r.values.auto_minor_version_upgrade]),
	"resource": r.address,
	"path": ["auto_minor_version_upgrade"],
	"fix": [{"set": ["auto_minor_version_upgrade"], "value": true}],
} if {
	some type in ["aws_elasticache_replication_group", "aws_elasticache_cluster"]
	some r in tf.resources(type)
	not memcached(r.values)
	tf.is_false(r.values.auto_minor_version_upgrade)
}

# The setting does not apply to memcached clusters.
memcached(values) if {
	is_string(values.engine)
	lower(values.engine) == "memcached"
}
