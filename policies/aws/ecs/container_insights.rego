# METADATA
# title: ECS cluster does not have CloudWatch Container Insights enabled
# description: >-
#   Container Insights collects per-task and per-service CPU, memory, network and
#   restart metrics and performance log events. Without it a crypto-miner in a
#   task, a container restart loop or a sudden traffic spike goes unnoticed, and
#   there is no history to investigate an incident with. ECS leaves it disabled
#   unless the cluster (or the account default) turns it on.
# custom:
#   id: SRM-AWS-ECS-005
#   severity: low
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ecs_cluster, aws_ecs_account_setting_default]}
#   remediation: >-
#     Enable it on the cluster: `setting { name = "containerInsights" value = "enhanced" }`
#     (or `"enabled"`), or for every new cluster of the account with
#     `resource "aws_ecs_account_setting_default" "insights" { name = "containerInsights" value = "enhanced" }`.
#   frameworks: {nist-800-53: [SI-4, AU-12]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-12"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_cluster#setting"
#   peers: {checkov: [CKV_AWS_65], kics: [ecs_cluster_container_insights_disabled], trivy: [AVD-AWS-0034]}
package srm.aws.ecs.container_insights

import data.srm.lib.terraform as tf

enabled_values := {"enabled", "enhanced"}

deny contains {
	"msg": sprintf("ECS cluster %s has Container Insights turned off (setting containerInsights = %q)", [r.address, setting.value]),
	"resource": r.address,
	"path": ["setting", i, "value"],
} if {
	some r in tf.resources("aws_ecs_cluster")
	some i, setting in tf.blocks(r.values, "setting")
	setting.name == "containerInsights"
	is_string(setting.value)
	not tf.is_unresolved(setting.value)
	not lower(setting.value) in enabled_values
}

deny contains {
	"msg": sprintf("ECS cluster %s has no containerInsights setting: Container Insights is disabled by default", [r.address]),
	"resource": r.address,
	"path": ["setting"],
} if {
	some r in tf.resources("aws_ecs_cluster")
	not has_insights_setting(r)
	not account_default_enabled
}

has_insights_setting(r) if {
	some setting in tf.blocks(r.values, "setting")
	setting.name == "containerInsights"
}

# A setting whose name is an expression may be the containerInsights one.
has_insights_setting(r) if {
	some setting in tf.blocks(r.values, "setting")
	tf.is_unresolved(setting.name)
}

# The account default of this module turns it on (or may: unresolved value).
account_default_enabled if {
	some d in tf.resources("aws_ecs_account_setting_default")
	d.values.name == "containerInsights"
	value := d.values.value
	is_string(value)
	enabled_or_unknown(value)
}

enabled_or_unknown(value) if lower(value) in enabled_values

enabled_or_unknown(value) if tf.is_unresolved(value)
