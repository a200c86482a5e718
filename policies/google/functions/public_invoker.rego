# METADATA
# title: Cloud Function can be invoked by anyone
# description: >-
#   Granting a role on a function to `allUsers` or `allAuthenticatedUsers` lets
#   anyone on the internet (or anyone with a Google account) call it without
#   authentication, so every code path of the function, the data and APIs its
#   service account reaches, and the cost of each invocation are exposed. Cloud
#   Functions requires IAM authentication unless the customer grants these
#   principals.
# custom:
#   id: SRM-GCP-FUNCTIONS-002
#   severity: medium
#   areas: [iam, network-controls]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_cloudfunctions_function_iam_member
#       - google_cloudfunctions_function_iam_binding
#       - google_cloudfunctions_function_iam_policy
#       - google_cloudfunctions2_function_iam_member
#       - google_cloudfunctions2_function_iam_binding
#       - google_cloudfunctions2_function_iam_policy
#   remediation: >-
#     Grant `roles/cloudfunctions.invoker` (and for 2nd gen `roles/run.invoker` on
#     the underlying service) only to the callers' service accounts or groups, e.g.
#     `member = "serviceAccount:scheduler@acme-prod.iam.gserviceaccount.com"`, and
#     remove `allUsers` / `allAuthenticatedUsers`.
#   frameworks: {nist-800-53: [AC-3, AC-6, IA-2]}
#   references:
#     - "https://cloud.google.com/functions/docs/securing/managing-access-iam"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions2_function_iam"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions_function_iam"
#   peers: {checkov: [CKV_GCP_107]}
package srm.google.functions.public_invoker

import data.srm.lib.terraform as tf

prefixes := {"google_cloudfunctions_function", "google_cloudfunctions2_function"}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Cloud Function", [r.address, role_text(r.values), r.values.member]),
	"resource": r.address,
	"path": ["member"],
} if {
	some prefix in prefixes
	some r in tf.resources(sprintf("%s_iam_member", [prefix]))
	tf.gcp_is_public_member(r.values.member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Cloud Function", [r.address, role_text(r.values), member]),
	"resource": r.address,
	"path": ["members", j],
} if {
	some prefix in prefixes
	some r in tf.resources(sprintf("%s_iam_binding", [prefix]))
	is_array(r.values.members)
	some j, member in r.values.members
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Cloud Function", [r.address, role_text(binding), member]),
	"resource": r.address,
	"path": policy_path(r.values.policy_data, i, j),
} if {
	some prefix in prefixes
	some r in tf.resources(sprintf("%s_iam_policy", [prefix]))
	document := tf.json_document(r.values.policy_data)
	some i, binding in object.get(document, "bindings", [])
	some j, member in object.get(binding, "members", [])
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Cloud Function of %s", [data_source.address, role_text(binding), member, r.address]),
	"resource": data_source.address,
	"path": ["binding", i, "members", j],
} if {
	some data_source in tf.resources("data.google_iam_policy")
	some i, binding in tf.blocks(data_source.values, "binding")
	is_array(binding.members)
	some j, member in binding.members
	tf.gcp_is_public_member(member)
	some prefix in prefixes
	some r in tf.referrers(sprintf("%s_iam_policy", [prefix]), "policy_data", data_source.address)
}

policy_path(policy_data, i, j) := ["policy_data", "bindings", i, "members", j] if is_object(policy_data)

policy_path(policy_data, _, _) := ["policy_data"] if is_string(policy_data)

role_text(values) := sprintf("role %s", [values.role]) if is_string(values.role)

role_text(values) := "a role" if not is_string(values.role)
