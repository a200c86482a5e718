# METADATA
# title: OS Login is disabled for the project or a VM instance
# description: >-
#   OS Login ties SSH access to IAM identities: access is granted and revoked with
#   IAM roles, follows the user's 2-step verification and leaves a trace in
#   Cloud Audit Logs, instead of unmanaged SSH keys copied into metadata that
#   nobody rotates or removes. It is off unless `enable-oslogin` is set to TRUE in
#   project metadata; an instance that sets it to FALSE opts out of the project
#   setting. Project metadata managed with `google_compute_project_metadata`
#   replaces all project metadata, so leaving the key out turns OS Login off.
# custom:
#   id: SRM-GCP-COMPUTE-005
#   severity: medium
#   areas: [iam, guest-os]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_compute_instance
#       - google_compute_instance_template
#       - google_compute_region_instance_template
#       - google_compute_instance_from_template
#       - google_compute_project_metadata
#       - google_compute_project_metadata_item
#   remediation: >-
#     Enable OS Login for the project: `resource "google_compute_project_metadata_item"
#     "oslogin" { key = "enable-oslogin" value = "TRUE" }` (or the same key in
#     `google_compute_project_metadata`), remove `enable-oslogin = "FALSE"` from
#     instances, and enforce `constraints/compute.requireOsLogin`.
#   fix: {safety: unsafe, change: 'Sets the `enable-oslogin` metadata value to `"TRUE"` (added to a `google_compute_project_metadata` that lacks it; the `value` of a `google_compute_project_metadata_item`); SSH keys kept in metadata stop working, so users need an OS Login IAM role first, and an instance template is replaced by a new one.'}
#   frameworks: {cis-gcp-2.0: ["4.4"], nist-800-53: [AC-2, IA-2, IA-5]}
#   references:
#     - "https://cloud.google.com/compute/docs/oslogin/set-up-oslogin"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_project_metadata"
#   peers:
#     checkov: [CKV_GCP_33, CKV_GCP_34]
#     kics: [os_login_disabled, os_login_is_disabled_for_vm_instance]
#     trivy: [AVD-GCP-0036, AVD-GCP-0042]
package srm.google.compute.os_login

import data.srm.lib.terraform as tf

instance_types := [
	"google_compute_instance",
	"google_compute_instance_template",
	"google_compute_region_instance_template",
	"google_compute_instance_from_template",
]

key := "enable-oslogin"

deny contains {
	"msg": sprintf("%s sets metadata %s = %v: it opts out of OS Login and accepts metadata SSH keys", [r.address, key, r.values.metadata[key]]),
	"resource": r.address,
	"path": ["metadata", key],
	"fix": [{"set": ["metadata", key], "value": "TRUE"}],
} if {
	some type in instance_types
	some r in tf.resources(type)
	metadata_false(r.values.metadata[key])
}

deny contains {
	"msg": sprintf("%s sets project metadata %s = %v: OS Login is off for the project", [r.address, key, r.values.metadata[key]]),
	"resource": r.address,
	"path": ["metadata", key],
	"fix": [{"set": ["metadata", key], "value": "TRUE"}],
} if {
	some r in tf.resources("google_compute_project_metadata")
	metadata_false(r.values.metadata[key])
}

deny contains {
	"msg": sprintf("%s manages all project metadata without %s = \"TRUE\": OS Login is off for the project", [r.address, key]),
	"resource": r.address,
	"path": ["metadata", key],
	"fix": [{"set": ["metadata", key], "value": "TRUE"}],
} if {
	some r in tf.resources("google_compute_project_metadata")
	is_object(r.values.metadata)
	not key in object.keys(r.values.metadata)
}

deny contains {
	"msg": sprintf("%s sets project metadata %s = %v: OS Login is off for the project", [r.address, key, r.values.value]),
	"resource": r.address,
	"path": ["value"],
	"fix": [{"set": ["value"], "value": "TRUE"}],
} if {
	some r in tf.resources("google_compute_project_metadata_item")
	r.values.key == key
	metadata_false(r.values.value)
}

metadata_false(value) if value == false

metadata_false(value) if value == 0

metadata_false(value) if {
	is_string(value)
	lower(value) in {"false", "f", "0", "n", "no"}
}
