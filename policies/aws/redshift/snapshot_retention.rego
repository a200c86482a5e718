# METADATA
# title: Redshift cluster keeps automated snapshots for less than 7 days
# description: >-
#   Automated snapshots are what a Redshift cluster is restored from after a bad
#   load, a dropped schema or a destructive query by a compromised account. With
#   the default retention of one day, a problem found after a weekend cannot be
#   undone, and a retention of 0 turns automated snapshots off altogether;
#   regulated data often needs a documented recovery window too. Redshift keeps
#   snapshots exactly as long as the customer configures.
# custom:
#   id: SRM-AWS-REDSHIFT-007
#   severity: medium
#   areas: [incident-response, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [aws_redshift_cluster]}
#   remediation: >-
#     Keep automated snapshots for at least a week:
#     `automated_snapshot_retention_period = 7` (up to 35), and copy them to
#     another region with a `snapshot_copy` block for disaster recovery.
#   fix: {safety: safe, change: "Sets `automated_snapshot_retention_period = 7`, the minimum this policy accepts; the cluster keeps a week of automated snapshots without a restart, at the cost of snapshot storage beyond the free allowance."}
#   frameworks: {nist-800-53: [CP-9, CP-10]}
#   references:
#     - "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html#about-automated-snapshots"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-3"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#automated_snapshot_retention_period"
#   peers: {checkov: [CKV_AWS_343]}
package srm.aws.redshift.snapshot_retention

import data.srm.lib.terraform as tf

minimum_days := 7

deny contains {
	"msg": sprintf("Redshift cluster %s %s (automated_snapshot_retention_period = %v); keep them at least %d days", [r.address, describe(days), r.values.automated_snapshot_retention_period, minimum_days]),
	"resource": r.address,
	"path": ["automated_snapshot_retention_period"],
	"fix": [{"set": ["automated_snapshot_retention_period"], "value": minimum_days}],
} if {
	some r in tf.resources("aws_redshift_cluster")
	days := known_number(r.values.automated_snapshot_retention_period)
	days < minimum_days
}

deny contains {
	"msg": sprintf("Redshift cluster %s keeps automated snapshots for 1 day only: automated_snapshot_retention_period is not set (default 1); keep them at least %d days", [r.address, minimum_days]),
	"resource": r.address,
	"path": ["automated_snapshot_retention_period"],
	"fix": [{"set": ["automated_snapshot_retention_period"], "value": minimum_days}],
} if {
	some r in tf.resources("aws_redshift_cluster")
	object.get(r.values, "automated_snapshot_retention_period", null) == null
}

unknown contains {"resource": r.address, "path": ["automated_snapshot_retention_period"]} if {
	some r in tf.resources("aws_redshift_cluster")
	tf.is_unresolved(r.values.automated_snapshot_retention_period)
}

describe(0) := "takes no automated snapshots"

describe(days) := sprintf("keeps automated snapshots for %d day(s) only", [days]) if days > 0

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
