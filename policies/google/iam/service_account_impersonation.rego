# METADATA
# title: Service Account User or Token Creator role is granted on a whole project, folder or organization
# description: >-
#   `roles/iam.serviceAccountUser` and `roles/iam.serviceAccountTokenCreator`
#   granted at project, folder or organization level let the member act as, or
#   mint tokens for, every service account underneath, including those with Owner
#   or Editor rights and those created later. It is one of the most common
#   privilege-escalation paths in Google Cloud. Grant these roles on the single
#   service account that needs to be used (`google_service_account_iam_member`).
# custom:
#   id: SRM-GCP-IAM-002
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_project_iam_member
#       - google_project_iam_binding
#       - google_project_iam_policy
#       - google_folder_iam_member
#       - google_folder_iam_binding
#       - google_folder_iam_policy
#       - google_organization_iam_member
#       - google_organization_iam_binding
#       - google_organization_iam_policy
#   remediation: >-
#     Grant the role on the one service account instead:
#     `resource "google_service_account_iam_member" "deployer" { service_account_id =
#     google_service_account.app.name role = "roles/iam.serviceAccountUser" member =
#     "serviceAccount:deployer@acme.iam.gserviceaccount.com" }`, and remove the
#     project-, folder- or organization-level grant.
#   frameworks: {cis-gcp-2.0: ["1.6"], nist-800-53: [AC-5, AC-6]}
#   references:
#     - "https://cloud.google.com/iam/docs/service-account-impersonation"
#     - "https://cloud.google.com/iam/docs/best-practices-service-accounts"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_iam"
#   peers:
#     checkov: [CKV_GCP_41]
#     kics: [google_project_iam_member_service_account_has_token_creator_or_account_user_role, google_project_iam_binding_service_account_has_token_creator_or_account_user_role]
#     trivy: [AVD-GCP-0011, AVD-GCP-0005, AVD-GCP-0009]
package srm.google.iam.service_account_impersonation

import data.srm.lib.terraform as tf

impersonation_roles := {"roles/iam.serviceAccountUser", "roles/iam.serviceAccountTokenCreator"}

deny contains {
	"msg": sprintf("%s grants %s on the %s%s: its members can impersonate every service account in it", [g.resource, g.role, g.scope, via_text(g)]),
	"resource": g.resource,
	"path": g.path,
} if {
	some g in grants
	g.role in impersonation_roles
}

via_text(g) := "" if g.resource == g.via

via_text(g) := sprintf(" (through %s)", [g.via]) if g.resource != g.via

# grants: every role granted at project, folder or organization level (through a
# data.google_iam_policy: those this policy reports), with the resource and path
# of the `role` attribute that grants it.
scopes := {"project", "folder", "organization"}

grants contains {"resource": r.address, "via": r.address, "scope": scope, "role": r.values.role, "path": ["role"]} if {
	some scope in scopes
	some kind in ["member", "binding"]
	some r in tf.resources(sprintf("google_%s_iam_%s", [scope, kind]))
	is_string(r.values.role)
}

grants contains {"resource": r.address, "via": r.address, "scope": scope, "role": binding.role, "path": path} if {
	some scope in scopes
	some r in tf.resources(sprintf("google_%s_iam_policy", [scope]))
	document := tf.json_document(r.values.policy_data)
	some i, binding in object.get(document, "bindings", [])
	is_string(binding.role)
	path := policy_role_path(r.values.policy_data, i)
}

# Through a data source, only the roles this policy reports: each is paired with
# every IAM policy that refers to the data source (looked up in the index of
# references), which `count` can multiply on both sides.
grants contains {"resource": data_source.address, "via": r.address, "scope": scope, "role": binding.role, "path": ["binding", i, "role"]} if {
	some data_source in tf.resources("data.google_iam_policy")
	some i, binding in tf.blocks(data_source.values, "binding")
	is_string(binding.role)
	binding.role in impersonation_roles
	some scope in scopes
	some r in tf.referrers(sprintf("google_%s_iam_policy", [scope]), "policy_data", data_source.address)
}

policy_role_path(policy_data, i) := ["policy_data", "bindings", i, "role"] if is_object(policy_data)

policy_role_path(policy_data, _) := ["policy_data"] if is_string(policy_data)
