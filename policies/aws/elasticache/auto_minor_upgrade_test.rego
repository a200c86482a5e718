package srm.aws.elasticache.auto_minor_upgrade_test

import data.srm.aws.elasticache.auto_minor_upgrade as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.cache", [type]), "type": type, "name": "cache",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as doc("aws_elasticache_replication_group", {"auto_minor_version_upgrade": false})
	{f.path | some f in findings} == {["auto_minor_version_upgrade"]}
	count(policy.deny) == 1 with input as doc("aws_elasticache_cluster", {"engine": "redis", "auto_minor_version_upgrade": "false"})
}

test_default_enabled_memcached_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc("aws_elasticache_replication_group", {})
	count(policy.deny) == 0 with input as doc("aws_elasticache_replication_group", {"auto_minor_version_upgrade": true})
	count(policy.deny) == 0 with input as doc("aws_elasticache_cluster", {"engine": "memcached", "auto_minor_version_upgrade": false})
	count(policy.deny) == 0 with input as doc("aws_elasticache_cluster", {"engine": "redis", "auto_minor_version_upgrade": "${var.upgrade}"})
}

test_fix_turns_minor_upgrades_on if {
	findings := policy.deny with input as doc("aws_elasticache_cluster", {"engine": "redis", "auto_minor_version_upgrade": "false"})
	{f.fix | some f in findings} == {[{"set": ["auto_minor_version_upgrade"], "value": true}]}
}
