# METADATA
# title: AWS Config recorder is not running
# description: >-
#   Creating a configuration recorder does not start it: until an
#   `aws_config_configuration_recorder_status` with `is_enabled = true` turns it on,
#   AWS Config records nothing, so there is no configuration history, no
#   compliance evaluation by Config rules or Security Hub, and no evidence for
#   auditors, while the code suggests the opposite. A status with `is_enabled =
#   false` stops a running recorder. A recorder without any status resource gets
#   no automatic fix: the status has to be added as a new resource.
# custom:
#   id: SRM-AWS-CONFIG-002
#   severity: high
#   areas: [logging-monitoring, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [aws_config_configuration_recorder, aws_config_configuration_recorder_status]}
#   remediation: >-
#     Start the recorder: `resource "aws_config_configuration_recorder_status" "main"
#     { name = aws_config_configuration_recorder.main.name is_enabled = true
#     depends_on = [aws_config_delivery_channel.main] }`.
#   fix: {safety: safe, change: "Sets `is_enabled = true` on the recorder status; AWS Config starts recording (billed per configuration item), nothing in the workloads changes. A recorder without a status resource gets no fix."}
#   frameworks: {cis-aws-3.0: ["3.3"], nist-800-53: [CM-8, CM-3, AU-12]}
#   peers: {checkov: [CKV2_AWS_45]}
#   references:
#     - "https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/config-controls.html#config-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_recorder_status"
package srm.aws.config.recorder_enabled

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s stops the AWS Config recorder: is_enabled is %v; set it to true", [s.address, s.values.is_enabled]),
	"resource": s.address,
	"path": ["is_enabled"],
	"fix": [{"set": ["is_enabled"], "value": true}],
} if {
	some s in tf.resources("aws_config_configuration_recorder_status")
	tf.is_false(s.values.is_enabled)
}

deny contains {
	"msg": sprintf("AWS Config recorder %s is never started: no aws_config_configuration_recorder_status in this module refers to it; add one with is_enabled = true", [r.address]),
	"resource": r.address,
	"path": [],
} if {
	some r in tf.resources("aws_config_configuration_recorder")
	not started(r)
}

# A status resource whose name refers to the recorder, or names it (by literal or
# by the same expression; the recorder's name defaults to "default"). Looked up
# in the index of references and in the set of status names, computed once per
# document, not by scanning every status for every recorder.
started(recorder) if tf.has_referrer("aws_config_configuration_recorder_status", "name", recorder.address)

started(recorder) if status_names[[object.get(recorder.values, "name", "default")]]

# A status whose name is an expression that does not point at another recorder
# of this module (a variable, a local, a module output) may start it: not judged.
started(_) if unjudged_status

# status_names: the name of each status, wrapped in a list (so that a `false` name is found too).
status_names contains [s.values.name] if {
	some s in tf.resources("aws_config_configuration_recorder_status")
}

unjudged_status if {
	some s in tf.resources("aws_config_configuration_recorder_status")
	tf.is_unresolved(s.values.name)
	not refers_to_a_recorder(s)
}

refers_to_a_recorder(status) if {
	some address in tf.references(status, "name")
	startswith(address, "aws_config_configuration_recorder.")
}
