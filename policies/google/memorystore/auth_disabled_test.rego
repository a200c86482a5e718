package srm.google.memorystore.auth_disabled_test

import data.srm.google.memorystore.auth_disabled as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "cache", "region": "europe-west1"}, values),
}]}}

test_instance_without_auth_is_reported if {
	findings := policy.deny with input as doc("google_redis_instance", {"memory_size_gb": 1, "auth_enabled": false})
	{f.path | some f in findings} == {["auth_enabled"]}
	count(policy.deny) == 1 with input as doc("google_redis_instance", {"memory_size_gb": 1})
}

test_cluster_without_auth_is_reported if {
	findings := policy.deny with input as doc("google_redis_cluster", {"shard_count": 3})
	{f.path | some f in findings} == {["authorization_mode"]}
	count(policy.deny) == 1 with input as doc("google_redis_cluster", {"shard_count": 3, "authorization_mode": "AUTH_MODE_DISABLED"})
}

test_auth_enabled_passes if {
	count(policy.deny) == 0 with input as doc("google_redis_instance", {"memory_size_gb": 1, "auth_enabled": true})
	count(policy.deny) == 0 with input as doc("google_redis_cluster", {"shard_count": 3, "authorization_mode": "AUTH_MODE_IAM_AUTH"})
}

test_unresolved_is_unknown if {
	d := doc("google_redis_instance", {"memory_size_gb": 1, "auth_enabled": "${var.auth}"})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_redis_instance.r", "path": ["auth_enabled"]}} with input as d
	count(policy.deny) == 0 with input as doc("google_redis_cluster", {"authorization_mode": "${var.mode}"})
}

test_fix_turns_authentication_on if {
	off := policy.deny with input as doc("google_redis_instance", {"auth_enabled": false})
	{f.fix | some f in off} == {[{"set": ["auth_enabled"], "value": true}]}
	missing := policy.deny with input as doc("google_redis_instance", {})
	{f.fix | some f in missing} == {[{"set": ["auth_enabled"], "value": true}]}
	cluster := policy.deny with input as doc("google_redis_cluster", {"authorization_mode": "AUTH_MODE_DISABLED"})
	{f.fix | some f in cluster} == {[{"set": ["authorization_mode"], "value": "AUTH_MODE_IAM_AUTH"}]}
}
