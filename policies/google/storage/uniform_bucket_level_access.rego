# METADATA
# title: Cloud Storage bucket does not enforce uniform bucket-level access
# description: >-
#   Without uniform bucket-level access a bucket keeps the legacy per-object ACLs
#   next to IAM, so any object can be made public or shared with an unexpected
#   principal by whoever uploads it, and the bucket's IAM policy no longer tells
#   who can read the data. Uniform access disables ACLs and makes IAM the only
#   access control, which is also a prerequisite for IAM Conditions and domain
#   restricted sharing. Google leaves ACLs on unless the bucket or an organization
#   policy asks otherwise.
# custom:
#   id: SRM-GCP-STORAGE-001
#   severity: medium
#   areas: [iam, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [google_storage_bucket]}
#   remediation: >-
#     Turn ACLs off for the bucket: `uniform_bucket_level_access = true` on
#     `google_storage_bucket` (grant access with `google_storage_bucket_iam_member`),
#     or enforce the `constraints/storage.uniformBucketLevelAccess` organization policy.
#   fix: {safety: unsafe, change: 'Sets `uniform_bucket_level_access = true`; object and bucket ACL grants stop applying (readers that relied on them lose access until they get an IAM role), and after 90 days the setting can no longer be turned off.'}
#   frameworks: {cis-gcp-2.0: ["5.2"], nist-800-53: [AC-3, AC-6]}
#   references:
#     - "https://cloud.google.com/storage/docs/uniform-bucket-level-access"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#uniform_bucket_level_access"
#   peers:
#     checkov: [CKV_GCP_29]
#     kics: [google_storage_bucket_level_access_disabled]
#     trivy: [AVD-GCP-0002]
package srm.google.storage.uniform_bucket_level_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud Storage bucket %s sets uniform_bucket_level_access = false, so object ACLs stay in force next to IAM", [r.address]),
	"resource": r.address,
	"path": ["uniform_bucket_level_access"],
	"fix": [{"set": ["uniform_bucket_level_access"], "value": true}],
} if {
	some r in tf.resources("google_storage_bucket")
	tf.is_false(r.values.uniform_bucket_level_access)
}

deny contains {
	"msg": sprintf("Cloud Storage bucket %s does not set uniform_bucket_level_access (it defaults to false: object ACLs stay in force next to IAM)", [r.address]),
	"resource": r.address,
	"path": ["uniform_bucket_level_access"],
	"fix": [{"set": ["uniform_bucket_level_access"], "value": true}],
} if {
	some r in tf.resources("google_storage_bucket")
	object.get(r.values, "uniform_bucket_level_access", null) == null
}
