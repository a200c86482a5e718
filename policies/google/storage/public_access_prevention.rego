# METADATA
# title: Cloud Storage bucket does not enforce public access prevention
# description: >-
#   Public access prevention stops a bucket and its objects from ever being
#   shared with `allUsers` or `allAuthenticatedUsers`, whatever IAM binding or ACL
#   is added later by a person, a script or a compromised account. With the
#   default `inherited` setting the bucket is only protected when an organization
#   policy happens to enforce it, so a single mistaken grant publishes the data.
#   Buckets that must serve public content should be the documented exception.
# custom:
#   id: SRM-GCP-STORAGE-002
#   severity: medium
#   areas: [data-security, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_storage_bucket]}
#   remediation: >-
#     Enforce it on the bucket: `public_access_prevention = "enforced"` on
#     `google_storage_bucket`, or organization-wide with the
#     `constraints/storage.publicAccessPrevention` policy.
#   fix: {safety: unsafe, change: 'Sets `public_access_prevention = "enforced"`; grants to `allUsers` or `allAuthenticatedUsers` stop working, so a bucket that serves public content (a static website, public downloads) is no longer readable anonymously.'}
#   frameworks: {cis-gcp-2.0: ["5.1"], nist-800-53: [AC-3, AC-21, SC-7]}
#   references:
#     - "https://cloud.google.com/storage/docs/public-access-prevention"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#public_access_prevention"
#   peers:
#     checkov: [CKV_GCP_114]
package srm.google.storage.public_access_prevention

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud Storage bucket %s sets public_access_prevention = %q; set it to \"enforced\"", [r.address, value]),
	"resource": r.address,
	"path": ["public_access_prevention"],
	"fix": [{"set": ["public_access_prevention"], "value": "enforced"}],
} if {
	some r in tf.resources("google_storage_bucket")
	value := r.values.public_access_prevention
	is_string(value)
	not tf.is_unresolved(value)
	lower(value) != "enforced"
}

deny contains {
	"msg": sprintf("Cloud Storage bucket %s does not set public_access_prevention (it defaults to \"inherited\": only an organization policy would block public grants)", [r.address]),
	"resource": r.address,
	"path": ["public_access_prevention"],
	"fix": [{"set": ["public_access_prevention"], "value": "enforced"}],
} if {
	some r in tf.resources("google_storage_bucket")
	object.get(r.values, "public_access_prevention", null) == null
}
