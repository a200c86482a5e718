package srm.google.memorystore.transit_encryption_test

import data.srm.google.memorystore.transit_encryption as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "cache", "region": "europe-west1"}, values),
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as doc("google_redis_instance", {"transit_encryption_mode": "DISABLED"})
	{f.path | some f in findings} == {["transit_encryption_mode"]}
	count(policy.deny) == 1 with input as doc("google_redis_cluster", {"transit_encryption_mode": "TRANSIT_ENCRYPTION_MODE_DISABLED"})
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as doc("google_redis_instance", {"memory_size_gb": 1})
	count(policy.deny) == 1 with input as doc("google_redis_cluster", {"shard_count": 3})
}

test_server_authentication_passes if {
	count(policy.deny) == 0 with input as doc("google_redis_instance", {"transit_encryption_mode": "SERVER_AUTHENTICATION"})
	count(policy.deny) == 0 with input as doc("google_redis_cluster", {"transit_encryption_mode": "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"})
}

test_unresolved_is_unknown if {
	d := doc("google_redis_instance", {"transit_encryption_mode": "${var.tls}"})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_redis_instance.r", "path": ["transit_encryption_mode"]}} with input as d
}
