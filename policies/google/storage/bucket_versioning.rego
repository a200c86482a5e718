# METADATA
# title: Cloud Storage bucket does not keep object versions
# description: >-
#   Object Versioning keeps the previous generation of an object when it is
#   overwritten or deleted, so a faulty deployment, a ransomware-style overwrite or
#   a compromised credential can be rolled back beyond the short soft-delete
#   window. Versioning is off unless the bucket turns it on. Buckets protected by a
#   retention policy are not reported: Cloud Storage does not allow both on one
#   bucket, and the retention policy already prevents deletion.
# custom:
#   id: SRM-GCP-STORAGE-004
#   severity: low
#   areas: [incident-response, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [google_storage_bucket]}
#   remediation: >-
#     Turn versioning on: `versioning { enabled = true }` on `google_storage_bucket`,
#     with a `lifecycle_rule { condition { num_newer_versions = 5 } action { type = "Delete" } }`
#     to bound the cost (or protect the bucket with a `retention_policy`).
#   fix: {safety: safe, change: 'Sets `versioning { enabled = true }` (the block created when missing); overwritten and deleted objects are kept as noncurrent versions, which are billed until a lifecycle rule deletes them.'}
#   frameworks: {nist-800-53: [CP-9, CP-10, SI-12]}
#   references:
#     - "https://cloud.google.com/storage/docs/object-versioning"
#     - "https://cloud.google.com/storage/docs/soft-delete"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#versioning"
#   peers:
#     checkov: [CKV_GCP_78]
#     kics: [cloud_storage_bucket_versioning_disabled]
#     trivy: [AVD-GCP-0078]
package srm.google.storage.bucket_versioning

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud Storage bucket %s turns versioning off (versioning.enabled = false), so overwritten or deleted objects cannot be recovered", [r.address]),
	"resource": r.address,
	"path": ["versioning", i, "enabled"],
	"fix": [{"set": ["versioning", i, "enabled"], "value": true}],
} if {
	some r in tf.resources("google_storage_bucket")
	not has_retention_policy(r.values)
	some i, versioning in tf.blocks(r.values, "versioning")
	tf.is_false(versioning.enabled)
}

deny contains {
	"msg": sprintf("Cloud Storage bucket %s has no versioning block (versioning is off by default) and no retention policy", [r.address]),
	"resource": r.address,
	"path": ["versioning"],
	"fix": [{"set": ["versioning", 0, "enabled"], "value": true}],
} if {
	some r in tf.resources("google_storage_bucket")
	not has_retention_policy(r.values)
	count(tf.blocks(r.values, "versioning")) == 0
}

has_retention_policy(values) if count(tf.blocks(values, "retention_policy")) > 0
