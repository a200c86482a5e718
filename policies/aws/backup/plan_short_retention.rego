# METADATA
# title: AWS Backup plan deletes every recovery point within a week
# description: >-
#   Ransomware, silent corruption and mistaken deletions are often noticed days or
#   weeks later; when every rule of a backup plan expires its recovery points in
#   fewer than 7 days, the last clean copy is gone by then, and the plan cannot
#   meet the retention obligations of most standards (the AWS Config rule
#   backup-plan-min-frequency-and-min-retention-check asks for 35 days by default).
#   AWS Backup keeps recovery points forever unless `lifecycle.delete_after` is set,
#   so an omitted lifecycle is not reported, and a plan with at least one rule (or
#   copy action) that keeps its points 7 days or longer passes: short-lived hourly
#   rules next to a long daily rule are a normal design.
# custom:
#   id: SRM-AWS-BACKUP-003
#   severity: medium
#   areas: [compliance, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [aws_backup_plan]}
#   remediation: >-
#     Keep recovery points long enough to recover from a late-detected incident, e.g.
#     `rule { ... lifecycle { delete_after = 35 } }`, or add a daily rule with a
#     longer `delete_after` (or a `copy_action` to another vault with one) beside the
#     short-lived rule.
#   frameworks: {nist-800-53: [CP-9, CP-10, AU-11]}
#   references:
#     - "https://docs.aws.amazon.com/aws-backup/latest/devguide/creating-a-backup-plan.html"
#     - "https://docs.aws.amazon.com/config/latest/developerguide/backup-plan-min-frequency-and-min-retention-check.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_plan#lifecycle-arguments"
package srm.aws.backup.plan_short_retention

import data.srm.lib.terraform as tf

minimum_days := 7

deny contains {
	"msg": sprintf("AWS Backup plan %s: rule %s deletes its recovery points after %v days, and no rule of the plan keeps them for %d days or more", [r.address, rule_label(rule, i), days, minimum_days]),
	"resource": r.address,
	"path": ["rule", i, "lifecycle", j, "delete_after"],
} if {
	some r in tf.resources("aws_backup_plan")
	not keeps_long(r.values)
	some i, rule in tf.blocks(r.values, "rule")
	some j, lifecycle in tf.blocks(rule, "lifecycle")
	days := short_days(lifecycle)
}

# short_days(lifecycle): the known delete_after of a lifecycle when it is under the minimum.
short_days(lifecycle) := days if {
	days := as_number(object.get(lifecycle, "delete_after", null))
	days < minimum_days
}

# keeps_long(plan): some rule or copy action keeps its points for the minimum or longer,
# forever (no lifecycle or no delete_after), or for a period not known yet.
keeps_long(values) if {
	some rule in tf.blocks(values, "rule")
	not short_rule(rule)
}

keeps_long(values) if {
	some rule in tf.blocks(values, "rule")
	some copy in tf.blocks(rule, "copy_action")
	not short_rule(copy)
}

# short_rule(x): a rule or copy action whose lifecycle deletes its points under the minimum.
short_rule(x) if {
	some lifecycle in tf.blocks(x, "lifecycle")
	short_days(lifecycle)
}

as_number(value) := value if is_number(value)

as_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}

rule_label(rule, _) := sprintf("%q", [rule.rule_name]) if is_string(rule.rule_name)

rule_label(rule, i) := sprintf("#%d", [i]) if not is_string(rule.rule_name)
