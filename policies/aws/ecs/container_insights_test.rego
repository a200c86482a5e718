package srm.aws.ecs.container_insights_test

import data.srm.aws.ecs.container_insights as policy

cluster(values) := {
	"address": "aws_ecs_cluster.main", "type": "aws_ecs_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "main"}, values),
}

account_default(value) := {
	"address": "aws_ecs_account_setting_default.insights", "type": "aws_ecs_account_setting_default", "name": "insights",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "containerInsights", "value": value},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_disabled_setting_reported if {
	findings := policy.deny with input as doc({"aws_ecs_cluster": [cluster({"setting": [{"name": "containerInsights", "value": "disabled"}]})]})
	count(findings) == 1
	some f in findings
	f.path == ["setting", 0, "value"]
}

test_missing_setting_reported if {
	findings := policy.deny with input as doc({"aws_ecs_cluster": [cluster({})]})
	count(findings) == 1
	some f in findings
	f.path == ["setting"]
}

test_enabled_settings_pass if {
	count(policy.deny) == 0 with input as doc({"aws_ecs_cluster": [cluster({"setting": [{"name": "containerInsights", "value": "enabled"}]})]})
	count(policy.deny) == 0 with input as doc({"aws_ecs_cluster": [cluster({"setting": [{"name": "containerInsights", "value": "enhanced"}]})]})
}

test_account_default_covers_omitted_setting if {
	count(policy.deny) == 0 with input as doc({"aws_ecs_cluster": [cluster({})], "aws_ecs_account_setting_default": [account_default("enhanced")]})
	count(policy.deny) == 1 with input as doc({"aws_ecs_cluster": [cluster({})], "aws_ecs_account_setting_default": [account_default("disabled")]})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as doc({"aws_ecs_cluster": [cluster({"setting": [{"name": "containerInsights", "value": "${var.insights}"}]})]})
	count(policy.deny) == 0 with input as doc({"aws_ecs_cluster": [cluster({"setting": [{"name": "${var.setting_name}", "value": "enabled"}]})]})
}
