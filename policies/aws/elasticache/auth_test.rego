package srm.aws.elasticache.auth_test

import data.srm.aws.elasticache.auth as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_elasticache_replication_group": [{
	"address": "aws_elasticache_replication_group.cache", "type": "aws_elasticache_replication_group", "name": "cache",
	"mode": "managed", "file": "main.tf", "values": object.union({"replication_group_id": "cache", "description": "cache"}, values), "references": {},
}]}}

test_no_authentication_is_reported if {
	findings := policy.deny with input as doc({"transit_encryption_enabled": true})
	{f.path | some f in findings} == {["auth_token"]}
	count(policy.deny) == 1 with input as doc({"auth_token": "", "user_group_ids": []})
}

test_token_or_user_groups_pass if {
	count(policy.deny) == 0 with input as doc({"auth_token": "${random_password.cache.result}"})
	count(policy.deny) == 0 with input as doc({"auth_token_wo": "${var.token}"})
	count(policy.deny) == 0 with input as doc({"user_group_ids": ["${aws_elasticache_user_group.app.user_group_id}"]})
	count(policy.deny) == 0 with input as doc({"user_group_ids": "${var.user_groups}"})
}

test_global_datastore_member_is_not_judged if {
	count(policy.deny) == 0 with input as doc({"global_replication_group_id": "${aws_elasticache_global_replication_group.g.global_replication_group_id}"})
}
