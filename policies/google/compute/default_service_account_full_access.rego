# METADATA
# title: VM instance runs as the default compute service account with full access to all Cloud APIs
# description: >-
#   The Compute Engine default service account is granted the Editor role on the
#   project in many organizations; with the `cloud-platform` scope nothing limits
#   what the VM can do with it, so anyone who gets code execution on the VM (or
#   reads its metadata server through an SSRF) can modify or delete almost every
#   resource of the project and read its data. Compute Engine uses this account
#   when `service_account` gives no `email`. Instances whose name starts with
#   `gke-` (GKE nodes) are not reported.
# custom:
#   id: SRM-GCP-COMPUTE-007
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template, google_compute_instance_from_template]
#   remediation: >-
#     Run the VM as a dedicated, least-privileged service account:
#     `service_account { email = google_service_account.app.email scopes = ["cloud-platform"] }`
#     with only the roles the workload needs granted to that account (or keep the
#     default account but narrow `scopes`, e.g. `["logging-write", "monitoring-write"]`).
#   frameworks: {cis-gcp-2.0: ["4.2"], nist-800-53: [AC-6, AC-6(10)]}
#   references:
#     - "https://cloud.google.com/compute/docs/access/service-accounts#default_service_account"
#     - "https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account"
#   peers:
#     checkov: [CKV_GCP_31]
#     kics: [vm_with_full_cloud_access]
package srm.google.compute.default_service_account_full_access

import data.srm.lib.terraform as tf

instance_types := [
	"google_compute_instance",
	"google_compute_instance_template",
	"google_compute_region_instance_template",
	"google_compute_instance_from_template",
]

full_access_scopes := {"cloud-platform", "https://www.googleapis.com/auth/cloud-platform"}

deny contains {
	"msg": sprintf("%s runs as %s with the %s scope: the VM can use every permission of that account on all Cloud APIs", [r.address, account_text(r, i, sa), scope]),
	"resource": r.address,
	"path": ["service_account", i, "scopes", j],
} if {
	some type in instance_types
	some r in tf.resources(type)
	not gke_node(r)
	some i, sa in tf.blocks(r.values, "service_account")
	default_account(r, i, sa)
	is_array(sa.scopes)
	some j, scope in sa.scopes
	scope in full_access_scopes
}

gke_node(r) if startswith(r.values.name, "gke-")

# No email: Compute Engine attaches the project's default compute service account.
default_account(_, _, sa) if object.get(sa, "email", null) in {null, ""}

default_account(_, _, sa) if regex.match(`^[0-9]+-compute@developer\.gserviceaccount\.com$`, sa.email)

# email = data.google_compute_default_service_account.default.email
default_account(r, i, _) if {
	some address in tf.references(r, sprintf("service_account.%d.email", [i]))
	startswith(address, "data.google_compute_default_service_account.")
}

account_text(r, i, sa) := "the default compute service account (no email set)" if {
	object.get(sa, "email", null) in {null, ""}
} else := sprintf("the default compute service account (%s)", [concat(", ", refs)]) if {
	refs := [a | some a in tf.references(r, sprintf("service_account.%d.email", [i])); startswith(a, "data.")]
	count(refs) > 0
} else := sprintf("the default compute service account %s", [sa.email])
