package srm.aws.backup.plan_short_retention_test

import data.srm.aws.backup.plan_short_retention as policy

plan(rules) := {"format": "terraform", "module": ".", "resources": {"aws_backup_plan": [{
	"address": "aws_backup_plan.p", "type": "aws_backup_plan", "name": "p", "mode": "managed", "file": "main.tf",
	"values": {"name": "p", "rule": rules}, "references": {},
}]}}

rule(name, lifecycle) := {"rule_name": name, "target_vault_name": "v", "schedule": "cron(0 5 * * ? *)", "lifecycle": lifecycle}

paths(findings) := {f.path | some f in findings}

test_short_retention_is_reported if {
	paths(policy.deny) == {["rule", 0, "lifecycle", 0, "delete_after"]} with input as plan([rule("daily", [{"delete_after": 3}])])
	paths(policy.deny) == {["rule", 0, "lifecycle", 0, "delete_after"], ["rule", 1, "lifecycle", 0, "delete_after"]} with input as plan([
		rule("hourly", [{"delete_after": 1}]),
		rule("daily", [{"delete_after": "6"}]),
	])
}

test_short_copy_does_not_save_the_plan if {
	r := object.union(rule("daily", [{"delete_after": 2}]), {"copy_action": [{"destination_vault_arn": "arn", "lifecycle": [{"delete_after": 5}]}]})
	count(policy.deny) == 1 with input as plan([r])
}

test_long_or_forever_retention_passes if {
	count(policy.deny) == 0 with input as plan([rule("daily", [{"delete_after": 35}])])
	count(policy.deny) == 0 with input as plan([rule("daily", [{"delete_after": 7}])])
	# no lifecycle, or no delete_after: kept forever
	count(policy.deny) == 0 with input as plan([rule("daily", [])])
	count(policy.deny) == 0 with input as plan([rule("daily", [{"cold_storage_after": 30}])])
	# a short hourly rule beside a long daily one
	count(policy.deny) == 0 with input as plan([rule("hourly", [{"delete_after": 1}]), rule("daily", [{"delete_after": 35}])])
}

test_long_copy_action_passes if {
	r := object.union(rule("daily", [{"delete_after": 3}]), {"copy_action": [{"destination_vault_arn": "arn", "lifecycle": [{"delete_after": 90}]}]})
	count(policy.deny) == 0 with input as plan([r])
}

test_unresolved_is_not_judged if {
	count(policy.deny) == 0 with input as plan([rule("daily", [{"delete_after": "${var.retention_days}"}])])
	count(policy.deny) == 0 with input as plan([rule("hourly", [{"delete_after": 1}]), rule("daily", [{"delete_after": "${var.days}"}])])
}
