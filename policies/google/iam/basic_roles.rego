# METADATA
# title: Basic role (Owner, Editor or Viewer) is granted on a project, folder or organization
# description: >-
#   The basic roles predate IAM and bundle thousands of permissions across every
#   Google Cloud service: Editor can change or delete almost any resource and
#   read most data, Owner can also grant access, and Viewer can read the
#   configuration and much of the data of the whole project. Granted at the
#   project, folder or organization level they make least privilege impossible
#   and turn any stolen credential of the member into a project-wide compromise.
#   Google recommends predefined or custom roles instead.
# custom:
#   id: SRM-GCP-IAM-001
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
#     Grant a predefined or custom role limited to the job instead, e.g.
#     `role = "roles/compute.instanceAdmin.v1"` or `role = "roles/storage.objectViewer"`
#     on `google_project_iam_member`, ideally to a group (`member = "group:ops@example.com"`).
#   frameworks: {nist-800-53: [AC-2, AC-6, AC-6(5)]}
#   references:
#     - "https://cloud.google.com/iam/docs/roles-overview#basic"
#     - "https://cloud.google.com/iam/docs/using-iam-securely#least_privilege"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam"
#   peers:
#     checkov: [CKV_GCP_115, CKV_GCP_116, CKV_GCP_117]
package srm.google.iam.basic_roles

import data.srm.lib.terraform as tf

basic_roles := {"roles/owner", "roles/editor", "roles/viewer"}

deny contains {
	"msg": sprintf("%s grants the basic role %s on the %s%s", [g.resource, g.role, g.scope, via_text(g)]),
	"resource": g.resource,
	"path": g.path,
} if {
	some g in grants
	g.role in basic_roles
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
	binding.role in basic_roles
	some scope in scopes
	some r in tf.referrers(sprintf("google_%s_iam_policy", [scope]), "policy_data", data_source.address)
}

policy_role_path(policy_data, i) := ["policy_data", "bindings", i, "role"] if is_object(policy_data)

policy_role_path(policy_data, _) := ["policy_data"] if is_string(policy_data)
