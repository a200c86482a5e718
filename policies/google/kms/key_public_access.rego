# METADATA
# title: Cloud KMS key or key ring is accessible to anyone
# description: >-
#   Granting a role on a crypto key or key ring to `allUsers` or
#   `allAuthenticatedUsers` lets anyone on the internet (or anyone with a Google
#   account) use, view or manage the keys that protect the organization's data:
#   encrypted data can then be decrypted, signatures forged, or keys destroyed.
#   Cloud KMS never grants these principals by itself.
# custom:
#   id: SRM-GCP-KMS-002
#   severity: critical
#   areas: [iam, data-security]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_kms_crypto_key_iam_member
#       - google_kms_crypto_key_iam_binding
#       - google_kms_crypto_key_iam_policy
#       - google_kms_key_ring_iam_member
#       - google_kms_key_ring_iam_binding
#       - google_kms_key_ring_iam_policy
#   remediation: >-
#     Grant key roles only to named service accounts or groups, e.g.
#     `member = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"` with
#     `role = "roles/cloudkms.cryptoKeyEncrypterDecrypter"`, and remove `allUsers` /
#     `allAuthenticatedUsers`.
#   frameworks: {cis-gcp-2.0: ["1.9"], nist-800-53: [AC-3, AC-6, SC-12]}
#   references:
#     - "https://cloud.google.com/kms/docs/iam"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key_iam"
#   peers:
#     checkov: [CKV_GCP_112, CKV2_GCP_6, CKV2_GCP_8]
#     kics: [kms_crypto_key_publicly_accessible]
package srm.google.kms.key_public_access

import data.srm.lib.terraform as tf

targets := {"crypto_key": "crypto key", "key_ring": "key ring"}

deny contains {
	"msg": sprintf("%s grants %s to %s on the %s", [r.address, role_text(r.values), r.values.member, targets[target]]),
	"resource": r.address,
	"path": ["member"],
} if {
	some target, _ in targets
	some r in tf.resources(sprintf("google_kms_%s_iam_member", [target]))
	tf.gcp_is_public_member(r.values.member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the %s", [r.address, role_text(r.values), member, targets[target]]),
	"resource": r.address,
	"path": ["members", j],
} if {
	some target, _ in targets
	some r in tf.resources(sprintf("google_kms_%s_iam_binding", [target]))
	is_array(r.values.members)
	some j, member in r.values.members
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the %s", [r.address, role_text(binding), member, targets[target]]),
	"resource": r.address,
	"path": policy_path(r.values.policy_data, i, j),
} if {
	some target, _ in targets
	some r in tf.resources(sprintf("google_kms_%s_iam_policy", [target]))
	document := tf.json_document(r.values.policy_data)
	some i, binding in object.get(document, "bindings", [])
	some j, member in object.get(binding, "members", [])
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the %s of %s", [data_source.address, role_text(binding), member, targets[target], r.address]),
	"resource": data_source.address,
	"path": ["binding", i, "members", j],
} if {
	some data_source in tf.resources("data.google_iam_policy")
	some i, binding in tf.blocks(data_source.values, "binding")
	is_array(binding.members)
	some j, member in binding.members
	tf.gcp_is_public_member(member)
	# The IAM policies whose policy_data refers to the data source, looked up in the
	# index of references (for public members only, not for every policy and data source).
	some target, _ in targets
	some r in tf.referrers(sprintf("google_kms_%s_iam_policy", [target]), "policy_data", data_source.address)
}

policy_path(policy_data, i, j) := ["policy_data", "bindings", i, "members", j] if is_object(policy_data)

policy_path(policy_data, _, _) := ["policy_data"] if is_string(policy_data)

role_text(values) := sprintf("role %s", [values.role]) if is_string(values.role)

role_text(values) := "a role" if not is_string(values.role)
