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

test_fix_requires_tls if {
	disabled := policy.deny with input as doc({"transit_encryption_enabled": false})
	{f.fix | some f in disabled} == {[{"set": ["transit_encryption_enabled"], "value": true}]}
	omitted := policy.deny with input as doc({})
	{f.fix | some f in omitted} == {[{"set": ["transit_encryption_enabled"], "value": true}]}
	preferred := policy.deny with input as doc({"transit_encryption_enabled": true, "transit_encryption_mode": "preferred"})
	{f.fix | some f in preferred} == {[{"set": ["transit_encryption_mode"], "value": "required"}]}
}

test_fix_of_a_disabled_group_also_requires_the_mode if {
	findings := policy.deny with input as doc({"transit_encryption_enabled": false, "transit_encryption_mode": "preferred"})
	{f.fix | some f in findings} == {[
		{"set": ["transit_encryption_enabled"], "value": true},
		{"set": ["transit_encryption_mode"], "value": "required"},
	]}
	# Omitted and preferred: each rule fixes its own attribute.
	both := policy.deny with input as doc({"transit_encryption_mode": "preferred"})
	{f.fix | some f in both} == {
		[{"set": ["transit_encryption_enabled"], "value": true}],
		[{"set": ["transit_encryption_mode"], "value": "required"}],
	}
}
