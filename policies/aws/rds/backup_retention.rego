# METADATA
# title: RDS backup retention is shorter than 7 days
# description: >-
#   Automated backups and point-in-time recovery are the way back from a dropped
#   table, a bad migration, ransomware or a compromised account, and they only
#   reach as far back as the retention period. With the default of one day (or
#   zero, which turns automated backups off) corruption noticed after a weekend
#   cannot be undone. AWS runs the backups, but how long they are kept is the
#   customer's choice.
# custom:
#   id: SRM-AWS-RDS-003
#   severity: medium
#   areas: [incident-response]
#   responsibility: shared
#   input: {format: terraform, types: [aws_db_instance, aws_rds_cluster]}
#   remediation: >-
#     Keep automated backups for at least a week: `backup_retention_period = 7`
#     (up to 35) on `aws_db_instance` or `aws_rds_cluster`, with a
#     `preferred_backup_window` outside peak hours.
#   fix: {safety: unsafe, change: "Sets `backup_retention_period = 7`, the minimum this policy accepts; raising it from 0 turns automated backups on, which restarts a DB instance (an outage, immediately or in the maintenance window), and longer retention adds backup storage cost."}
#   frameworks: {nist-800-53: [CP-9, CP-10]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html"
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-11"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#backup_retention_period"
package srm.aws.rds.backup_retention

import data.srm.lib.terraform as tf

minimum_days := 7

deny contains {
	"msg": sprintf("%s %s (backup_retention_period = %v); set it to at least %d", [r.address, retention_text(days), r.values.backup_retention_period, minimum_days]),
	"resource": r.address,
	"path": ["backup_retention_period"],
	"fix": [{"set": ["backup_retention_period"], "value": minimum_days}],
} if {
	some r in candidates
	days := known_number(r.values.backup_retention_period)
	days < minimum_days
}

deny contains {
	"msg": sprintf("%s does not set backup_retention_period, so automated backups are kept for 1 day only (AWS default); set it to at least %d", [r.address, minimum_days]),
	"resource": r.address,
	"path": ["backup_retention_period"],
	"fix": [{"set": ["backup_retention_period"], "value": minimum_days}],
} if {
	some r in candidates
	not "backup_retention_period" in object.keys(r.values)
}

# Read replicas of a DB instance rely on the source's backups and are not judged.
candidates contains r if {
	some r in tf.resources("aws_db_instance")
	not "replicate_source_db" in object.keys(r.values)
}

candidates contains r if some r in tf.resources("aws_rds_cluster")

retention_text(0) := "turns automated backups and point-in-time recovery off"

retention_text(days) := sprintf("keeps automated backups for %v day(s) only", [days]) if days > 0

# known_number(value) is a known number (also from a numeric string); undefined otherwise.
known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
