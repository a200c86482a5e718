# METADATA
# title: Firewall rule does not log the connections it allows or denies
# description: >-
#   Firewall Rules Logging records every connection a rule allows or denies, which
#   is the only network-level evidence of who reached a VM, which scans were
#   blocked and whether a rule is used at all. Without it an intrusion through an
#   open port, lateral movement or data exfiltration cannot be reconstructed.
#   Logging is off for every rule unless a `log_config` block turns it on.
#   Disabled rules are not reported.
# custom:
#   id: SRM-GCP-VPC-002
#   severity: low
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [google_compute_firewall]}
#   remediation: >-
#     Turn logging on for the rule: `log_config { metadata = "INCLUDE_ALL_METADATA" }`
#     (or `"EXCLUDE_ALL_METADATA"` to reduce volume and cost).
#   frameworks: {nist-800-53: [AU-2, AU-12, SI-4]}
#   references:
#     - "https://cloud.google.com/firewall/docs/firewall-rules-logging"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall#log_config"
package srm.google.vpc.firewall_logging

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("firewall rule %s has no log_config block: the connections it %s are not logged", [r.address, action_text(r.values)]),
	"resource": r.address,
	"path": ["log_config"],
} if {
	some r in tf.resources("google_compute_firewall")
	not tf.is_true(object.get(r.values, "disabled", false))
	count(tf.blocks(r.values, "log_config")) == 0
	not legacy_logging_on(r.values)
}

# Provider versions before 5.0 also accepted `enable_logging = true`.
legacy_logging_on(values) if tf.is_true(values.enable_logging)

legacy_logging_on(values) if tf.is_unresolved(values.enable_logging)

action_text(values) := "denies" if {
	count(tf.blocks(values, "deny")) > 0
	count(tf.blocks(values, "allow")) == 0
} else := "allows"
