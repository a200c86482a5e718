# METADATA
# title: AWS Config recorder does not record all resource types
# description: >-
#   AWS Config is the account's configuration history and the evidence base for
#   audits: it shows what a resource looked like at any time, who changed it and
#   whether it complied with the rules. A recorder limited to selected resource
#   types leaves every other type (new services included) without history, and a
#   recorder that does not include global resource types (IAM users, roles,
#   policies) misses the changes that matter most in an incident. CIS asks for all
#   supported types including global ones; the provider records global types only
#   when `include_global_resource_types = true`. A recording group that excludes
#   types with an `exclusion_by_resource_types` block gets no automatic fix: that
#   block has to be removed by hand.
# custom:
#   id: SRM-AWS-CONFIG-001
#   severity: medium
#   areas: [logging-monitoring, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [aws_config_configuration_recorder]}
#   remediation: >-
#     Record everything: `recording_group { all_supported = true
#     include_global_resource_types = true }` on `aws_config_configuration_recorder`
#     (include global types in one region of the account, usually the home region).
#   fix: {safety: safe, change: "Sets `all_supported = true` and `include_global_resource_types = true` in `recording_group` (adding the block when it is missing), removing the `resource_types` list and switching `recording_strategy` to all supported types; Config records every type from then on, billed per configuration item."}
#   frameworks: {cis-aws-3.0: ["3.3"], nist-800-53: [CM-8, CM-3, AU-12]}
#   peers: {checkov: [CKV2_AWS_48]}
#   references:
#     - "https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/config-controls.html#config-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_recorder#recording_group"
package srm.aws.config.recorder_all_resources

import data.srm.lib.terraform as tf

# all_supported = false: only the listed (or not excluded) types are recorded.
deny contains {
	"msg": sprintf("AWS Config recorder %s records only selected resource types: recording_group.all_supported is %v; set it to true", [r.address, group.all_supported]),
	"resource": r.address,
	"path": ["recording_group", i, "all_supported"],
	"fix": all_supported_fix(i, group),
} if {
	some r in tf.resources("aws_config_configuration_recorder")
	some i, group in tf.blocks(r.values, "recording_group")
	tf.is_false(group.all_supported)
	count(tf.blocks(group, "exclusion_by_resource_types")) == 0
}

# A group that excludes types by an exclusion_by_resource_types block: no fix
# (the block must go, which is not an attribute edit).
deny contains {
	"msg": sprintf("AWS Config recorder %s records only selected resource types: recording_group.all_supported is %v; set it to true", [r.address, group.all_supported]),
	"resource": r.address,
	"path": ["recording_group", i, "all_supported"],
} if {
	some r in tf.resources("aws_config_configuration_recorder")
	some i, group in tf.blocks(r.values, "recording_group")
	tf.is_false(group.all_supported)
	count(tf.blocks(group, "exclusion_by_resource_types")) > 0
}

# Global resource types (IAM) left out: no recording_group at all, or a group
# that records all types but does not include global ones.
deny contains {
	"msg": sprintf("AWS Config recorder %s does not record global resource types (IAM users, roles, policies): recording_group.include_global_resource_types is not set (default false); set it to true", [r.address]),
	"resource": r.address,
	"path": ["recording_group", 0, "include_global_resource_types"],
	"fix": [{"set": ["recording_group", 0, "include_global_resource_types"], "value": true}],
} if {
	some r in tf.resources("aws_config_configuration_recorder")
	count(tf.blocks(r.values, "recording_group")) == 0
}

deny contains {
	"msg": sprintf("AWS Config recorder %s does not record global resource types (IAM users, roles, policies): %s; set include_global_resource_types = true", [r.address, global_state(group)]),
	"resource": r.address,
	"path": ["recording_group", i, "include_global_resource_types"],
	"fix": [{"set": ["recording_group", i, "include_global_resource_types"], "value": true}],
} if {
	some r in tf.resources("aws_config_configuration_recorder")
	some i, group in tf.blocks(r.values, "recording_group")
	not tf.is_false(object.get(group, "all_supported", true))
	not tf.is_unresolved(object.get(group, "all_supported", true))
	global_state(group)
}

global_state(group) := "include_global_resource_types is not set (default false)" if {
	not "include_global_resource_types" in object.keys(group)
} else := sprintf("include_global_resource_types is %v", [group.include_global_resource_types]) if {
	tf.is_false(group.include_global_resource_types)
}

# The fix of a group limited to selected types: record all supported types, drop
# the list (AWS rejects a list next to all_supported = true), let the recording
# strategy follow, and include global types where they are off or left out (the
# rule above would report them next).
all_supported_fix(i, group) := array.concat(
	array.concat([{"set": ["recording_group", i, "all_supported"], "value": true}], resource_types_fix(i, group)),
	array.concat(strategy_fix(i, group), include_global_fix(i, group)),
)

resource_types_fix(i, group) := [{"remove": ["recording_group", i, "resource_types"]}] if {
	object.get(group, "resource_types", null) != null
} else := []

strategy_fix(i, group) := [{"set": ["recording_group", i, "recording_strategy", j, "use_only"], "value": "ALL_SUPPORTED_RESOURCE_TYPES"} |
	some j, strategy in tf.blocks(group, "recording_strategy")
	object.get(strategy, "use_only", null) != "ALL_SUPPORTED_RESOURCE_TYPES"
	not tf.is_unresolved(object.get(strategy, "use_only", null))
]

include_global_fix(i, group) := [{"set": ["recording_group", i, "include_global_resource_types"], "value": true}] if {
	value := object.get(group, "include_global_resource_types", null)
	not tf.is_true(value)
	not tf.is_unresolved(value)
} else := []
