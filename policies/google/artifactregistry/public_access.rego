# METADATA
# title: Artifact Registry repository is accessible to anyone
# description: >-
#   Granting a role on a repository to `allUsers` or `allAuthenticatedUsers` lets
#   anyone on the internet (or anyone with a Google account) download its images
#   and packages, which often embed internal code, configuration and credentials,
#   or, with a writer role, push a poisoned version that every deployment pulls.
#   Artifact Registry never grants these principals by itself; a repository meant
#   to publish open-source artifacts should contain nothing else.
# custom:
#   id: SRM-GCP-ARTIFACT-002
#   severity: medium
#   areas: [iam, data-security]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_artifact_registry_repository_iam_member
#       - google_artifact_registry_repository_iam_binding
#       - google_artifact_registry_repository_iam_policy
#   remediation: >-
#     Grant `roles/artifactregistry.reader` only to the service accounts and groups
#     that pull from the repository, e.g. `member =
#     "serviceAccount:gke-nodes@acme-prod.iam.gserviceaccount.com"`, and remove
#     `allUsers` / `allAuthenticatedUsers`.
#   frameworks: {nist-800-53: [AC-3, AC-6, AC-21]}
#   references:
#     - "https://cloud.google.com/artifact-registry/docs/access-control"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/artifact_registry_repository_iam"
#   peers:
#     checkov: [CKV_GCP_101]
#     kics: [artifact_registry_repository_public_access]
package srm.google.artifactregistry.public_access

import data.srm.lib.terraform as tf

targets := {"repository": "repository"}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Artifact Registry %s", [r.address, role_text(r.values), r.values.member, targets[target]]),
	"resource": r.address,
	"path": ["member"],
} if {
	some target, _ in targets
	some r in tf.resources(sprintf("google_artifact_registry_%s_iam_member", [target]))
	tf.gcp_is_public_member(r.values.member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Artifact Registry %s", [r.address, role_text(r.values), member, targets[target]]),
	"resource": r.address,
	"path": ["members", j],
} if {
	some target, _ in targets
	some r in tf.resources(sprintf("google_artifact_registry_%s_iam_binding", [target]))
	is_array(r.values.members)
	some j, member in r.values.members
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Artifact Registry %s", [r.address, role_text(binding), member, targets[target]]),
	"resource": r.address,
	"path": policy_path(r.values.policy_data, i, j),
} if {
	some target, _ in targets
	some r in tf.resources(sprintf("google_artifact_registry_%s_iam_policy", [target]))
	document := tf.json_document(r.values.policy_data)
	some i, binding in object.get(document, "bindings", [])
	some j, member in object.get(binding, "members", [])
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Artifact Registry %s of %s", [data_source.address, role_text(binding), member, targets[target], r.address]),
	"resource": data_source.address,
	"path": ["binding", i, "members", j],
} if {
	some data_source in tf.resources("data.google_iam_policy")
	some i, binding in tf.blocks(data_source.values, "binding")
	is_array(binding.members)
	some j, member in binding.members
	tf.gcp_is_public_member(member)
	some target, _ in targets
	some r in tf.referrers(sprintf("google_artifact_registry_%s_iam_policy", [target]), "policy_data", data_source.address)
}

policy_path(policy_data, i, j) := ["policy_data", "bindings", i, "members", j] if is_object(policy_data)

policy_path(policy_data, _, _) := ["policy_data"] if is_string(policy_data)

role_text(values) := sprintf("role %s", [values.role]) if is_string(values.role)

role_text(values) := "a role" if not is_string(values.role)
