package srm.aws.elasticache.engine_version_support_test

import data.srm.aws.elasticache.engine_version_support as policy

res(type, values) := {
	"address": sprintf("%s.cache", [type]), "type": type, "name": "cache",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": values,
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

group(values) := doc({"aws_elasticache_replication_group": [res("aws_elasticache_replication_group", object.union({"replication_group_id": "cache", "description": "cache"}, values))]})

cluster(values) := doc({"aws_elasticache_cluster": [res("aws_elasticache_cluster", object.union({"cluster_id": "cache", "node_type": "cache.t4g.small"}, values))]})

test_redis_5_reported if {
	findings := policy.deny with input as group({"engine_version": "5.0.6"})
	count(findings) == 1
	some f in findings
	f.path == ["engine_version"]
	contains(f.msg, "Extended Support")
}

test_redis_3_cluster_reported if {
	findings := policy.deny with input as cluster({"engine": "redis", "engine_version": "3.2.10"})
	some f in findings
	contains(f.msg, "end of life")
}

test_supported_versions_pass if {
	count(policy.deny) == 0 with input as group({"engine_version": "7.1"})
	count(policy.deny) == 0 with input as group({"engine_version": "6.x"})
	count(policy.deny) == 0 with input as group({"engine": "valkey", "engine_version": "8.0"})
	count(policy.deny) == 0 with input as group({})
}

test_memcached_and_member_clusters_do_not_apply if {
	count(policy.deny) == 0 with input as cluster({"engine": "memcached", "engine_version": "1.4.34"})
	count(policy.applies) == 0 with input as cluster({"engine": "memcached", "engine_version": "1.4.34"})
	count(policy.deny) == 0 with input as cluster({"replication_group_id": "${aws_elasticache_replication_group.main.id}", "engine_version": "5.0.6"})
	policy.applies == {"aws_elasticache_cluster.cache"} with input as cluster({"engine": "redis", "engine_version": "7.1"})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as group({"engine_version": "${var.engine_version}"})
	policy.unknown == {{"resource": "aws_elasticache_replication_group.cache", "path": ["engine_version"]}} with input as group({"engine_version": "${var.engine_version}"})
}
