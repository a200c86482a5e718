# METADATA
# title: ElastiCache Redis OSS engine version is past end of standard support
# description: >-
#   Redis OSS 4 and 5 left ElastiCache standard support on 31 January 2026, and
#   versions 2 and 3 reached end of life in 2023. An old engine misses the fixes
#   of later releases (the Lua, ACL and protocol vulnerabilities fixed since),
#   lacks RBAC users and TLS features of Redis OSS 6, and only receives critical
#   fixes through paid Extended Support until AWS upgrades it on its own schedule.
#   Choosing and upgrading the major version is the customer's duty.
# custom:
#   id: SRM-AWS-ELASTICACHE-007
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_elasticache_replication_group, aws_elasticache_cluster]}
#   remediation: >-
#     Upgrade to a supported engine, preferably Valkey, which is a drop-in
#     replacement: `engine = "valkey"` with `engine_version = "8.0"`, or at least
#     `engine_version = "7.1"` for Redis OSS (test clients first; the upgrade is in place).
#   frameworks: {nist-800-53: [SI-2, SA-22, CM-2]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/engine-versions.html"
#     - "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support.html"
#     - "https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/deprecated-engine-versions.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#engine_version"
package srm.aws.elasticache.engine_version_support

import data.srm.lib.terraform as tf

# Major versions out of standard support when this list was last reviewed
# (December 2026); Redis OSS 6 leaves it on 2027-01-31.
status := {
	2: "reached end of life on 2023-01-13",
	3: "reached end of life on 2023-07-31",
	4: "left standard support on 2026-01-31 and gets only critical fixes in paid Extended Support until 2029-01-31",
	5: "left standard support on 2026-01-31 and gets only critical fixes in paid Extended Support until 2029-01-31",
}

deny contains {
	"msg": sprintf("%s runs Redis OSS %s, which %s", [r.address, version, status[major]]),
	"resource": r.address,
	"path": ["engine_version"],
} if {
	some r in redis_caches
	version := r.values.engine_version
	major := major_version(version)
	status[major]
}

applies contains r.address if some r in redis_caches

unknown contains {"resource": r.address, "path": ["engine_version"]} if {
	some r in redis_caches
	tf.is_unresolved(r.values.engine_version)
}

# Replication groups (engine defaults to redis) and standalone clusters; a cluster
# that joins a replication group runs the group's engine.
redis_caches contains r if {
	some r in tf.resources("aws_elasticache_replication_group")
	redis(object.get(r.values, "engine", "redis"))
}

redis_caches contains r if {
	some r in tf.resources("aws_elasticache_cluster")
	object.get(r.values, "replication_group_id", null) == null
	redis(object.get(r.values, "engine", null))
}

redis(engine) if {
	is_string(engine)
	lower(engine) == "redis"
}

# major_version("5.0.6") is 5; undefined for anything but a literal version.
major_version(version) := to_number(parts[1]) if {
	is_string(version)
	parts := regex.find_all_string_submatch_n(`^([0-9]+)\.[0-9x]+(\.[0-9]+)?$`, version, 1)[0]
}
