# METADATA
# title: Cloud Storage bucket receiving exported logs has no locked retention policy
# description: >-
#   Logs exported by a log sink to Cloud Storage are the long-term evidence of
#   what happened in the organization. Without a retention policy locked with
#   Bucket Lock, anyone with storage admin rights (including an intruder covering
#   their tracks) can delete or overwrite them, and auditors cannot rely on them.
#   Google applies no retention to a bucket unless the customer sets one; locking
#   it makes the retention period impossible to shorten or remove.
# custom:
#   id: SRM-GCP-STORAGE-007
#   severity: medium
#   areas: [logging-monitoring, compliance]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [google_logging_project_sink, google_logging_folder_sink, google_logging_organization_sink, google_logging_billing_account_sink]
#   remediation: >-
#     Give the sink's destination bucket a locked retention policy:
#     `retention_policy { retention_period = 31536000 is_locked = true }` on
#     `google_storage_bucket` (locking cannot be undone: agree the period first).
#   frameworks: {cis-gcp-2.0: ["2.3"], nist-800-53: [AU-9, AU-11]}
#   references:
#     - "https://cloud.google.com/storage/docs/bucket-lock"
#     - "https://cloud.google.com/logging/docs/export/configure_export_v2"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#retention_policy"
#   peers:
#     checkov: [CKV2_GCP_4]
package srm.google.storage.log_bucket_retention_lock

import data.srm.lib.terraform as tf

sink_types := [
	"google_logging_project_sink",
	"google_logging_folder_sink",
	"google_logging_organization_sink",
	"google_logging_billing_account_sink",
]

deny contains {
	"msg": sprintf("Cloud Storage bucket %s receives the logs of %s but has no retention_policy: exported logs can be deleted at any time", [bucket.address, concat(", ", sort(sinks))]),
	"resource": bucket.address,
	"path": ["retention_policy"],
} if {
	some bucket in tf.resources("google_storage_bucket")
	count(tf.blocks(bucket.values, "retention_policy")) == 0
	sinks := sinks_into(bucket)
	count(sinks) > 0
}

deny contains {
	"msg": sprintf("Cloud Storage bucket %s receives the logs of %s but its retention policy is not locked (%s): it can be shortened or removed", [bucket.address, concat(", ", sort(sinks)), lock_text(policy)]),
	"resource": bucket.address,
	"path": ["retention_policy", i, "is_locked"],
} if {
	some bucket in tf.resources("google_storage_bucket")
	some i, policy in tf.blocks(bucket.values, "retention_policy")
	not_locked(policy)
	sinks := sinks_into(bucket)
	count(sinks) > 0
}

lock_text(policy) := "is_locked = false" if tf.is_false(policy.is_locked)

lock_text(policy) := "is_locked is not set and defaults to false" if object.get(policy, "is_locked", null) == null

not_locked(policy) if tf.is_false(policy.is_locked)

not_locked(policy) if object.get(policy, "is_locked", null) == null

# sinks_into(bucket) is the set of log sinks whose destination is the bucket,
# by reference ("storage.googleapis.com/${google_storage_bucket.logs.name}") or by
# name: looked up in the indexes of references and values, not by scanning every
# sink for every bucket.
sinks_into(bucket) := {sink.address |
	some type in sink_types
	some sink in tf.referrers(type, "destination", bucket.address)
	startswith(sink.values.destination, "storage.googleapis.com/")
} | {sink.address |
	name := bucket.values.name
	is_string(name)
	not tf.is_unresolved(name)
	some type in sink_types
	some sink in tf.with_value(type, "destination", concat("", ["storage.googleapis.com/", name]))
}
