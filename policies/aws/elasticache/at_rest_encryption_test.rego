package srm.aws.elasticache.at_rest_encryption_test

import data.srm.aws.elasticache.at_rest_encryption as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_elasticache_replication_group": [{
	"address": "aws_elasticache_replication_group.cache", "type": "aws_elasticache_replication_group", "name": "cache",
	"mode": "managed", "file": "main.tf", "values": object.union({"replication_group_id": "cache", "description": "cache"}, values), "references": {},
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as doc({"at_rest_encryption_enabled": false})
	{f.path | some f in findings} == {["at_rest_encryption_enabled"]}
	count(policy.deny) == 1 with input as doc({"at_rest_encryption_enabled": "false", "engine": "valkey"})
}

test_omitted_for_redis_is_reported if {
	count(policy.deny) == 1 with input as doc({})
	count(policy.deny) == 1 with input as doc({"engine": "redis"})
}

test_omitted_for_valkey_global_member_or_unresolved_engine_passes if {
	count(policy.deny) == 0 with input as doc({"engine": "valkey"})
	count(policy.deny) == 0 with input as doc({"engine": "${var.engine}"})
	count(policy.deny) == 0 with input as doc({"global_replication_group_id": "${aws_elasticache_global_replication_group.g.global_replication_group_id}"})
}

test_enabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"at_rest_encryption_enabled": true})
	count(policy.deny) == 0 with input as doc({"at_rest_encryption_enabled": "${var.encrypt}"})
}

test_fix_encrypts_at_rest if {
	every values in [{"at_rest_encryption_enabled": false}, {}] {
		findings := policy.deny with input as doc(values)
		{f.fix | some f in findings} == {[{"set": ["at_rest_encryption_enabled"], "value": true}]}
	}
}
