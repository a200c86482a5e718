# METADATA
# title: CloudWatch log group keeps its logs for less than a year
# description: >-
#   Intrusions are often discovered months after they start; when the logs of
#   that time have already expired, the investigation has nothing to read and the
#   organisation cannot show auditors the evidence that most standards (PCI DSS,
#   ISO 27001, SOC 2) require to be kept for at least a year. CloudWatch keeps logs
#   forever unless a shorter retention is set, so only an explicit retention of 1
#   to 364 days is reported; archive to S3 with a lifecycle rule if cost is the
#   concern.
# custom:
#   id: SRM-AWS-CLOUDWATCH-001
#   severity: low
#   areas: [logging-monitoring, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cloudwatch_log_group]}
#   remediation: >-
#     Keep logs for at least a year: `retention_in_days = 365` (or a longer allowed
#     value such as 400, 545, 731, 1827 or 3653), or omit it to keep them forever.
#   fix: {safety: safe, change: "Sets `retention_in_days = 365`, the minimum this policy accepts; the log group keeps its events for a year instead of deleting them earlier, at the cost of the extra storage."}
#   frameworks: {nist-800-53: [AU-11]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#retention_in_days"
package srm.aws.cloudwatch.log_group_retention

import data.srm.lib.terraform as tf

minimum_days := 365

deny contains {
	"msg": sprintf("CloudWatch log group %s keeps logs for %v days, less than %d", [r.address, days, minimum_days]),
	"resource": r.address,
	"path": ["retention_in_days"],
	"fix": [{"set": ["retention_in_days"], "value": minimum_days}],
} if {
	some r in tf.resources("aws_cloudwatch_log_group")
	days := as_number(r.values.retention_in_days)
	days > 0
	days < minimum_days
}

as_number(value) := value if is_number(value)

as_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
