# METADATA
# title: Cloud Logging bucket keeps logs for less than a year
# description: >-
#   Intrusions are often discovered months after they began; if the logs of that
#   period have already expired, the investigation has nothing to read and the
#   organization cannot produce the evidence that most standards require to be
#   kept for at least a year. A Cloud Logging bucket keeps logs for 30 days unless
#   `retention_days` says otherwise.
# custom:
#   id: SRM-GCP-LOGGING-002
#   severity: low
#   areas: [logging-monitoring, compliance]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [google_logging_project_bucket_config, google_logging_folder_bucket_config, google_logging_organization_bucket_config, google_logging_billing_account_bucket_config]
#   remediation: >-
#     Keep logs for at least a year: `retention_days = 365` (or more) on the bucket
#     config, optionally with `locked = true`; or route them with a sink to a Cloud
#     Storage bucket with a locked retention policy.
#   frameworks: {nist-800-53: [AU-11]}
#   references:
#     - "https://cloud.google.com/logging/docs/buckets"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/logging_project_bucket_config#retention_days"
package srm.google.logging.log_bucket_retention

import data.srm.lib.terraform as tf

minimum_days := 365

bucket_types := [
	"google_logging_project_bucket_config",
	"google_logging_folder_bucket_config",
	"google_logging_organization_bucket_config",
	"google_logging_billing_account_bucket_config",
]

deny contains {
	"msg": sprintf("log bucket %s keeps logs for %v days (retention_days); keep them for at least %d", [r.address, r.values.retention_days, minimum_days]),
	"resource": r.address,
	"path": ["retention_days"],
} if {
	some type in bucket_types
	some r in tf.resources(type)
	days := known_number(r.values.retention_days)
	days < minimum_days
}

deny contains {
	"msg": sprintf("log bucket %s does not set retention_days, so logs are kept for 30 days (the default); keep them for at least %d", [r.address, minimum_days]),
	"resource": r.address,
	"path": ["retention_days"],
} if {
	some type in bucket_types
	some r in tf.resources(type)
	object.get(r.values, "retention_days", null) == null
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
