package srm.aws.elasticache.transit_encryption_test

import data.srm.aws.elasticache.transit_encryption as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_elasticache_replication_group": [{
	"address": "aws_elasticache_replication_group.cache", "type": "aws_elasticache_replication_group", "name": "cache",
	"mode": "managed", "file": "main.tf", "values": object.union({"replication_group_id": "cache", "description": "cache"}, values), "references": {},
}]}}

test_disabled_and_omitted_are_reported if {
	findings := policy.deny with input as doc({"transit_encryption_enabled": false})
	{f.path | some f in findings} == {["transit_encryption_enabled"]}
	omitted := policy.deny with input as doc({"engine": "redis"})
	{f.path | some f in omitted} == {["transit_encryption_enabled"]}
}

test_preferred_mode_is_reported if {
	findings := policy.deny with input as doc({"transit_encryption_enabled": true, "transit_encryption_mode": "preferred"})
	{f.path | some f in findings} == {["transit_encryption_mode"]}
}

test_required_valkey_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"transit_encryption_enabled": true})
	count(policy.deny) == 0 with input as doc({"transit_encryption_enabled": true, "transit_encryption_mode": "required"})
	count(policy.deny) == 0 with input as doc({"engine": "valkey"})
	count(policy.deny) == 0 with input as doc({"transit_encryption_enabled": "${var.tls}"})
	count(policy.deny) == 0 with input as doc({"transit_encryption_enabled": true, "transit_encryption_mode": "${var.mode}"})
}
