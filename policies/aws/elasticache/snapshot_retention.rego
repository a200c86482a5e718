# METADATA
# title: ElastiCache Redis OSS or Valkey cache has automatic backups disabled
# description: >-
#   Caches are often treated as disposable, but many Redis OSS and Valkey
#   deployments hold the only copy of sessions, queues, rate-limit counters or
#   leaderboards. With a snapshot retention limit of 0, the default, ElastiCache
#   takes no automatic daily snapshots, so a FLUSHALL, a bad deployment or a
#   ransomware-style wipe cannot be undone. Backups are a managed feature that the
#   customer has to switch on.
# custom:
#   id: SRM-AWS-ELASTICACHE-004
#   severity: low
#   areas: [incident-response]
#   responsibility: shared
#   input: {format: terraform, types: [aws_elasticache_replication_group, aws_elasticache_cluster]}
#   remediation: >-
#     Keep daily snapshots: `snapshot_retention_limit = 7` (1 to 35 days) with a
#     `snapshot_window` such as `"03:00-05:00"` on `aws_elasticache_replication_group`
#     or on a standalone Redis OSS `aws_elasticache_cluster`.
#   fix: {safety: safe, change: "Sets `snapshot_retention_limit = 1`, the minimum this policy accepts; ElastiCache takes a daily backup in the snapshot window and keeps it a day (within the free backup storage of one snapshot per cluster); raise it for a longer history."}
#   frameworks: {nist-800-53: [CP-9, CP-10]}
#   peers: {checkov: [CKV_AWS_134], kics: [elasticache_redis_cluster_without_backup], trivy: [AVD-AWS-0050]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#snapshot_retention_limit"
package srm.aws.elasticache.snapshot_retention

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s takes no automatic backups: snapshot_retention_limit is %v; set it to at least 1 (e.g. 7)", [r.address, r.values.snapshot_retention_limit]),
	"resource": r.address,
	"path": ["snapshot_retention_limit"],
	"fix": [{"set": ["snapshot_retention_limit"], "value": 1}],
} if {
	some r in candidates
	known_number(r.values.snapshot_retention_limit) == 0
}

deny contains {
	"msg": sprintf("%s takes no automatic backups: snapshot_retention_limit is not set (default 0); set it to at least 1 (e.g. 7)", [r.address]),
	"resource": r.address,
	"path": ["snapshot_retention_limit"],
	"fix": [{"set": ["snapshot_retention_limit"], "value": 1}],
} if {
	some r in candidates
	not "snapshot_retention_limit" in object.keys(r.values)
}

# Replication groups (Redis OSS or Valkey) that are not secondary members of a
# global datastore; standalone Redis OSS / Valkey cache clusters (a cluster that
# belongs to a replication group takes the group's setting; memcached has no
# snapshots). cache.t1.micro nodes cannot take snapshots.
candidates contains r if {
	some r in tf.resources("aws_elasticache_replication_group")
	not "global_replication_group_id" in object.keys(r.values)
	snapshots_supported(r.values)
}

candidates contains r if {
	some r in tf.resources("aws_elasticache_cluster")
	not "replication_group_id" in object.keys(r.values)
	is_string(r.values.engine)
	lower(r.values.engine) in {"redis", "valkey"}
	snapshots_supported(r.values)
}

snapshots_supported(values) if object.get(values, "node_type", "") != "cache.t1.micro"

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
