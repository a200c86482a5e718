# METADATA
# title: Service account has a user-managed key
# description: >-
#   A user-managed service account key is a long-lived credential that works from
#   anywhere until someone deletes it: keys leak through repositories, laptops and
#   CI logs, and are a leading cause of Google Cloud compromises. A key created by
#   `google_service_account_key` without `public_key_data` is also written in
#   plain text to the Terraform state. Google-managed keys (used by attached
#   service accounts, Workload Identity and impersonation) are rotated by Google
#   and never leave it.
# custom:
#   id: SRM-GCP-IAM-003
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [google_service_account_key]}
#   remediation: >-
#     Remove the `google_service_account_key` and authenticate without keys: attach
#     the service account to the workload (`service_account { email = ... }`), use
#     Workload Identity Federation for external systems, or short-lived tokens
#     through `roles/iam.serviceAccountTokenCreator` on that service account; enforce
#     `constraints/iam.disableServiceAccountKeyCreation` organization-wide.
#   frameworks: {cis-gcp-2.0: ["1.4"], nist-800-53: [IA-2, IA-5, IA-5(1)]}
#   references:
#     - "https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys"
#     - "https://cloud.google.com/iam/docs/service-account-creds#key-types"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key"
#   peers:
#     checkov: [CKV2_GCP_3]
package srm.google.iam.service_account_key

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s creates a user-managed key for service account %s; Google generates the private key and Terraform stores it in plain text in its state", [r.address, account_text(r)]),
	"resource": r.address,
	"path": ["private_key_type"],
} if {
	some r in tf.resources("google_service_account_key")
	object.get(r.values, "public_key_data", null) == null
}

deny contains {
	"msg": sprintf("%s uploads a user-managed public key for service account %s: the matching private key is a long-lived credential outside Google Cloud", [r.address, account_text(r)]),
	"resource": r.address,
	"path": ["public_key_data"],
} if {
	some r in tf.resources("google_service_account_key")
	object.get(r.values, "public_key_data", null) != null
}

account_text(r) := concat(", ", sort(refs)) if {
	refs := tf.references(r, "service_account_id")
	count(refs) > 0
} else := sprintf("%v", [object.get(r.values, "service_account_id", "(unknown)")])
