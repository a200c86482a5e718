# METADATA
# title: Dataproc cluster or job is accessible to anyone
# description: >-
#   Granting a role on a Dataproc cluster or job to `allUsers` or
#   `allAuthenticatedUsers` lets anyone on the internet (or anyone with a Google
#   account) view the cluster's configuration and job output or, with an editor
#   role, submit jobs: arbitrary code running on the cluster's VMs as its service
#   account, with access to all the data the cluster reads. Dataproc never grants
#   these principals by itself.
# custom:
#   id: SRM-GCP-DATAPROC-003
#   severity: high
#   areas: [iam, data-security]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_dataproc_cluster_iam_member
#       - google_dataproc_cluster_iam_binding
#       - google_dataproc_cluster_iam_policy
#       - google_dataproc_job_iam_member
#       - google_dataproc_job_iam_binding
#       - google_dataproc_job_iam_policy
#   remediation: >-
#     Grant Dataproc roles only to named groups and service accounts, e.g.
#     `member = "group:data-engineering@example.com"` with `role =
#     "roles/dataproc.viewer"`, and remove `allUsers` / `allAuthenticatedUsers`.
#   frameworks: {nist-800-53: [AC-3, AC-6, AC-21]}
#   references:
#     - "https://cloud.google.com/dataproc/docs/concepts/iam/iam"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dataproc_cluster_iam"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dataproc_job_iam"
#   peers: {checkov: [CKV_GCP_98]}
package srm.google.dataproc.public_access

import data.srm.lib.terraform as tf

targets := {"cluster": "cluster", "job": "job"}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Dataproc %s", [r.address, role_text(r.values), r.values.member, targets[target]]),
	"resource": r.address,
	"path": ["member"],
} if {
	some target, _ in targets
	some r in tf.resources(sprintf("google_dataproc_%s_iam_member", [target]))
	tf.gcp_is_public_member(r.values.member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Dataproc %s", [r.address, role_text(r.values), member, targets[target]]),
	"resource": r.address,
	"path": ["members", j],
} if {
	some target, _ in targets
	some r in tf.resources(sprintf("google_dataproc_%s_iam_binding", [target]))
	is_array(r.values.members)
	some j, member in r.values.members
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Dataproc %s", [r.address, role_text(binding), member, targets[target]]),
	"resource": r.address,
	"path": policy_path(r.values.policy_data, i, j),
} if {
	some target, _ in targets
	some r in tf.resources(sprintf("google_dataproc_%s_iam_policy", [target]))
	document := tf.json_document(r.values.policy_data)
	some i, binding in object.get(document, "bindings", [])
	some j, member in object.get(binding, "members", [])
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Dataproc %s of %s", [data_source.address, role_text(binding), member, targets[target], r.address]),
	"resource": data_source.address,
	"path": ["binding", i, "members", j],
} if {
	some data_source in tf.resources("data.google_iam_policy")
	some i, binding in tf.blocks(data_source.values, "binding")
	is_array(binding.members)
	some j, member in binding.members
	tf.gcp_is_public_member(member)
	some target, _ in targets
	some r in tf.referrers(sprintf("google_dataproc_%s_iam_policy", [target]), "policy_data", data_source.address)
}

policy_path(policy_data, i, j) := ["policy_data", "bindings", i, "members", j] if is_object(policy_data)

policy_path(policy_data, _, _) := ["policy_data"] if is_string(policy_data)

role_text(values) := sprintf("role %s", [values.role]) if is_string(values.role)

role_text(values) := "a role" if not is_string(values.role)
