# METADATA
# title: Neptune cluster keeps automated backups for less than 7 days
# description: >-
#   Continuous backups and point-in-time restore are the way back from a bad bulk
#   load, a runaway query that deletes vertices, ransomware or a compromised
#   account, and they only reach back as far as the retention period. With the
#   default of one day, corruption noticed after a weekend cannot be undone.
#   Neptune runs the backups, but how long they are kept is the customer's choice.
# custom:
#   id: SRM-AWS-NEPTUNE-004
#   severity: medium
#   areas: [incident-response]
#   responsibility: shared
#   input: {format: terraform, types: [aws_neptune_cluster]}
#   remediation: >-
#     Keep backups for at least a week: `backup_retention_period = 7` (up to 35) on
#     `aws_neptune_cluster`, with a `preferred_backup_window` outside peak hours.
#   fix: {safety: safe, change: "Sets `backup_retention_period = 7`, the minimum this policy accepts; the cluster keeps a week of automated backups without a restart, at the cost of more backup storage."}
#   frameworks: {nist-800-53: [CP-9, CP-10]}
#   peers: {checkov: [CKV_AWS_361]}
#   references:
#     - "https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-5"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#backup_retention_period"
package srm.aws.neptune.backup_retention

import data.srm.lib.terraform as tf

minimum_days := 7

deny contains {
	"msg": sprintf("Neptune cluster %s keeps automated backups for %v day(s) only (backup_retention_period = %v); set it to at least %d", [r.address, days, r.values.backup_retention_period, minimum_days]),
	"resource": r.address,
	"path": ["backup_retention_period"],
	"fix": [{"set": ["backup_retention_period"], "value": minimum_days}],
} if {
	some r in tf.resources("aws_neptune_cluster")
	days := known_number(r.values.backup_retention_period)
	days < minimum_days
}

deny contains {
	"msg": sprintf("Neptune cluster %s does not set backup_retention_period, so automated backups are kept for 1 day only (default); set it to at least %d", [r.address, minimum_days]),
	"resource": r.address,
	"path": ["backup_retention_period"],
	"fix": [{"set": ["backup_retention_period"], "value": minimum_days}],
} if {
	some r in tf.resources("aws_neptune_cluster")
	not "backup_retention_period" in object.keys(r.values)
}

unknown contains {"resource": r.address, "path": ["backup_retention_period"]} if {
	some r in tf.resources("aws_neptune_cluster")
	tf.is_unresolved(r.values.backup_retention_period)
}

# known_number(value) is a known number (also from a numeric string); undefined otherwise.
known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
