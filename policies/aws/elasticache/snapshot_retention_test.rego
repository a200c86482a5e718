package srm.aws.elasticache.snapshot_retention_test

import data.srm.aws.elasticache.snapshot_retention as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.cache", [type]), "type": type, "name": "cache",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

group(values) := doc("aws_elasticache_replication_group", object.union({"replication_group_id": "cache", "node_type": "cache.t4g.small"}, values))

cluster(values) := doc("aws_elasticache_cluster", object.union({"cluster_id": "cache", "node_type": "cache.t4g.small"}, values))

test_replication_group_without_backups_is_reported if {
	findings := policy.deny with input as group({"snapshot_retention_limit": 0})
	{f.path | some f in findings} == {["snapshot_retention_limit"]}
	count(policy.deny) == 1 with input as group({})
	count(policy.deny) == 1 with input as group({"snapshot_retention_limit": "0"})
}

test_standalone_redis_cluster_without_backups_is_reported if {
	count(policy.deny) == 1 with input as cluster({"engine": "redis"})
	count(policy.deny) == 1 with input as cluster({"engine": "valkey", "snapshot_retention_limit": 0})
}

test_retention_set_or_unresolved_passes if {
	count(policy.deny) == 0 with input as group({"snapshot_retention_limit": 7})
	count(policy.deny) == 0 with input as group({"snapshot_retention_limit": "${var.retention}"})
	count(policy.deny) == 0 with input as cluster({"engine": "redis", "snapshot_retention_limit": 5})
}

test_not_applicable_resources_are_ignored if {
	count(policy.deny) == 0 with input as cluster({"engine": "memcached"})
	count(policy.deny) == 0 with input as cluster({"engine": "${var.engine}"})
	count(policy.deny) == 0 with input as cluster({"replication_group_id": "${aws_elasticache_replication_group.cache.id}"})
	count(policy.deny) == 0 with input as group({"node_type": "cache.t1.micro"})
	count(policy.deny) == 0 with input as group({"global_replication_group_id": "global-cache"})
}

test_fix_keeps_daily_backups if {
	every d in [group({"snapshot_retention_limit": 0}), group({}), cluster({"engine": "redis"}), cluster({"engine": "valkey", "snapshot_retention_limit": "0"})] {
		findings := policy.deny with input as d
		{f.fix | some f in findings} == {[{"set": ["snapshot_retention_limit"], "value": 1}]}
	}
}
