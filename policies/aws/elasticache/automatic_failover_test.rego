package srm.aws.elasticache.automatic_failover_test

import data.srm.aws.elasticache.automatic_failover as policy

group(values) := {"format": "terraform", "module": ".", "resources": {"aws_elasticache_replication_group": [{
	"address": "aws_elasticache_replication_group.sessions", "type": "aws_elasticache_replication_group", "name": "sessions",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"replication_group_id": "sessions", "description": "sessions", "node_type": "cache.r7g.large", "num_cache_clusters": 2}, values),
}]}}

test_disabled_reported if {
	findings := policy.deny with input as group({"automatic_failover_enabled": false})
	count(findings) == 1
	some f in findings
	f.path == ["automatic_failover_enabled"]
}

test_omitted_reported if {
	findings := policy.deny with input as group({})
	count(findings) == 1
	some f in findings
	contains(f.msg, "default false")
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as group({"automatic_failover_enabled": true, "multi_az_enabled": true})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as group({"automatic_failover_enabled": "${var.failover}"})
	policy.unknown == {{"resource": "aws_elasticache_replication_group.sessions", "path": ["automatic_failover_enabled"]}} with input as group({"automatic_failover_enabled": "${var.failover}"})
	count(policy.unknown) == 0 with input as group({"automatic_failover_enabled": true})
}
