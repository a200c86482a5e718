# METADATA
# title: Cloud Storage bucket has no access logging
# description: >-
#   Without usage logs (or Data Access audit logs for Cloud Storage) nobody can
#   tell who read, wrote or deleted which object, so a data leak or tampering
#   cannot be investigated, scoped or reported. Cloud Storage records neither by
#   default. Buckets that receive other buckets' usage logs are not reported, nor
#   are buckets of a module that turns on `DATA_READ` and `DATA_WRITE` audit logs
#   for Cloud Storage with `google_project_iam_audit_config`.
# custom:
#   id: SRM-GCP-STORAGE-005
#   severity: low
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [google_storage_bucket]}
#   remediation: >-
#     Send usage logs to a dedicated bucket: `logging { log_bucket =
#     google_storage_bucket.access_logs.name }` on `google_storage_bucket`, or
#     enable Data Access audit logs for Cloud Storage:
#     `resource "google_project_iam_audit_config" "storage" { project = var.project
#     service = "storage.googleapis.com" audit_log_config { log_type = "DATA_READ" }
#     audit_log_config { log_type = "DATA_WRITE" } }`.
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://cloud.google.com/storage/docs/access-logs"
#     - "https://cloud.google.com/storage/docs/audit-logging"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#logging"
#   peers:
#     checkov: [CKV_GCP_62]
#     kics: [cloud_storage_bucket_logging_not_enabled]
#     trivy: [AVD-GCP-0077]
package srm.google.storage.bucket_logging

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud Storage bucket %s has no logging block: object reads, writes and deletions are not recorded in usage logs", [r.address]),
	"resource": r.address,
	"path": ["logging"],
} if {
	not storage_data_access_audited
	some r in tf.resources("google_storage_bucket")
	count(tf.blocks(r.values, "logging")) == 0
	not is_log_bucket(r)
}

# is_log_bucket(bucket): another bucket of the module sends its usage logs here,
# by reference (google_storage_bucket.logs.name) or by literal name. Looked up in
# two sets computed once per document, not by scanning every bucket per bucket.
is_log_bucket(bucket) if {
	some key in tf.reference_keys(bucket.address)
	log_bucket_references[key]
}

is_log_bucket(bucket) if {
	name := bucket.values.name
	is_string(name)
	log_bucket_names[name]
}

# log_bucket_references: the addresses the log_bucket of some bucket's logging block refers to.
log_bucket_references contains address if {
	some other in tf.resources("google_storage_bucket")
	some i, _ in tf.blocks(other.values, "logging")
	some address in tf.references(other, sprintf("logging.%d.log_bucket", [i]))
}

# log_bucket_names: the string log_bucket values of the logging blocks.
log_bucket_names contains name if {
	some other in tf.resources("google_storage_bucket")
	some logging in tf.blocks(other.values, "logging")
	name := logging.log_bucket
	is_string(name)
}

# storage_data_access_audited: the module turns on Data Access audit logs
# (DATA_READ and DATA_WRITE) for Cloud Storage or for all services.
storage_data_access_audited if {
	some type in ["google_project_iam_audit_config", "google_folder_iam_audit_config", "google_organization_iam_audit_config"]
	some config in tf.resources(type)
	config.values.service in {"allServices", "storage.googleapis.com"}
	log_types := {lt.log_type | some lt in tf.blocks(config.values, "audit_log_config")}
	"DATA_READ" in log_types
	"DATA_WRITE" in log_types
}
