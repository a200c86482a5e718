# METADATA
# title: Cloud Run service or job can be invoked by anyone
# description: >-
#   Granting a role on a Cloud Run service or job to `allUsers` or
#   `allAuthenticatedUsers`, or turning the invoker check off with
#   `invoker_iam_disabled = true`, lets anyone on the internet (or anyone with a
#   Google account) call the service or run the job without authentication. Every
#   endpoint, debug route and cost-incurring operation of the application is then
#   exposed, and only the application's own code stands between the caller and the
#   data it can reach. Cloud Run requires IAM authentication unless the customer
#   grants these principals.
# custom:
#   id: SRM-GCP-CLOUDRUN-002
#   severity: medium
#   areas: [iam, network-controls]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_cloud_run_v2_service
#       - google_cloud_run_v2_service_iam_member
#       - google_cloud_run_v2_service_iam_binding
#       - google_cloud_run_v2_service_iam_policy
#       - google_cloud_run_v2_job_iam_member
#       - google_cloud_run_v2_job_iam_binding
#       - google_cloud_run_v2_job_iam_policy
#       - google_cloud_run_service_iam_member
#       - google_cloud_run_service_iam_binding
#       - google_cloud_run_service_iam_policy
#   remediation: >-
#     Grant `roles/run.invoker` only to the callers' service accounts or groups, e.g.
#     `member = "serviceAccount:frontend@acme-prod.iam.gserviceaccount.com"`; for a
#     public website, keep IAM on and put the service behind a load balancer with IAP
#     or Cloud Armor, and remove `invoker_iam_disabled = true`.
#   frameworks: {nist-800-53: [AC-3, AC-6, IA-2]}
#   references:
#     - "https://cloud.google.com/run/docs/securing/managing-access"
#     - "https://cloud.google.com/run/docs/authenticating/public"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_v2_service_iam"
#   peers:
#     checkov: [CKV_GCP_102]
#     kics: [cloud_run_service_allows_unauthenticated]
package srm.google.cloudrun.public_invoker

import data.srm.lib.terraform as tf

# IAM resource type prefix -> what it grants on.
targets := {
	"google_cloud_run_v2_service": "Cloud Run service",
	"google_cloud_run_v2_job": "Cloud Run job",
	"google_cloud_run_service": "Cloud Run service",
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the %s", [r.address, role_text(r.values), r.values.member, targets[prefix]]),
	"resource": r.address,
	"path": ["member"],
} if {
	some prefix, _ in targets
	some r in tf.resources(sprintf("%s_iam_member", [prefix]))
	tf.gcp_is_public_member(r.values.member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the %s", [r.address, role_text(r.values), member, targets[prefix]]),
	"resource": r.address,
	"path": ["members", j],
} if {
	some prefix, _ in targets
	some r in tf.resources(sprintf("%s_iam_binding", [prefix]))
	is_array(r.values.members)
	some j, member in r.values.members
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the %s", [r.address, role_text(binding), member, targets[prefix]]),
	"resource": r.address,
	"path": policy_path(r.values.policy_data, i, j),
} if {
	some prefix, _ in targets
	some r in tf.resources(sprintf("%s_iam_policy", [prefix]))
	document := tf.json_document(r.values.policy_data)
	some i, binding in object.get(document, "bindings", [])
	some j, member in object.get(binding, "members", [])
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the %s of %s", [data_source.address, role_text(binding), member, targets[prefix], r.address]),
	"resource": data_source.address,
	"path": ["binding", i, "members", j],
} if {
	some data_source in tf.resources("data.google_iam_policy")
	some i, binding in tf.blocks(data_source.values, "binding")
	is_array(binding.members)
	some j, member in binding.members
	tf.gcp_is_public_member(member)
	some prefix, _ in targets
	some r in tf.referrers(sprintf("%s_iam_policy", [prefix]), "policy_data", data_source.address)
}

deny contains {
	"msg": sprintf("Cloud Run service %s sets invoker_iam_disabled = true: anyone who can reach it can invoke it without authentication", [r.address]),
	"resource": r.address,
	"path": ["invoker_iam_disabled"],
} if {
	some r in tf.resources("google_cloud_run_v2_service")
	tf.is_true(r.values.invoker_iam_disabled)
}

unknown contains {"resource": r.address, "path": ["invoker_iam_disabled"]} if {
	some r in tf.resources("google_cloud_run_v2_service")
	tf.is_unresolved(r.values.invoker_iam_disabled)
}

policy_path(policy_data, i, j) := ["policy_data", "bindings", i, "members", j] if is_object(policy_data)

policy_path(policy_data, _, _) := ["policy_data"] if is_string(policy_data)

role_text(values) := sprintf("role %s", [values.role]) if is_string(values.role)

role_text(values) := "a role" if not is_string(values.role)
