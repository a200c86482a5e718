# METADATA
# title: VM instance accepts project-wide SSH keys
# description: >-
#   SSH keys stored in project metadata are installed on every VM of the project
#   that does not block them, so one leaked or forgotten key (of a former
#   employee, a contractor, a CI job) opens all of them, and access cannot be
#   granted per instance. Compute Engine honours project-wide keys unless the
#   instance sets `block-project-ssh-keys`. Instances that enable OS Login
#   (directly or through the project metadata of the same module) are not
#   reported: OS Login ignores metadata SSH keys.
#   There is no automatic fix: the customer chooses between OS Login and blocking
#   project keys per instance, and either can lock out the users who log in today.
# custom:
#   id: SRM-GCP-COMPUTE-004
#   severity: medium
#   areas: [iam, guest-os]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template, google_compute_instance_from_template]
#   remediation: >-
#     Prefer OS Login (`metadata = { enable-oslogin = "TRUE" }`); otherwise block
#     project keys on the instance: `metadata = { block-project-ssh-keys = true }`
#     and use instance-specific `ssh-keys`.
#   frameworks: {cis-gcp-2.0: ["4.3"], nist-800-53: [AC-2, AC-17, IA-5]}
#   references:
#     - "https://cloud.google.com/compute/docs/connect/restrict-ssh-keys"
#     - "https://cloud.google.com/compute/docs/oslogin"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata"
#   peers:
#     checkov: [CKV_GCP_32]
#     kics: [project_wide_ssh_keys_are_enabled_in_vm_instances]
#     trivy: [AVD-GCP-0030]
package srm.google.compute.project_ssh_keys

import data.srm.lib.terraform as tf

instance_types := [
	"google_compute_instance",
	"google_compute_instance_template",
	"google_compute_region_instance_template",
	"google_compute_instance_from_template",
]

key := "block-project-ssh-keys"

deny contains {
	"msg": sprintf("%s sets %s = %v: project-wide SSH keys can log in to it", [r.address, key, r.values.metadata[key]]),
	"resource": r.address,
	"path": ["metadata", key],
} if {
	some type in instance_types
	some r in tf.resources(type)
	metadata_false(r.values.metadata[key])
	not os_login_on(r)
}

deny contains {
	"msg": sprintf("%s does not set metadata %s = true and does not enable OS Login: project-wide SSH keys can log in to it", [r.address, key]),
	"resource": r.address,
	"path": ["metadata", key],
} if {
	some type in instance_types
	some r in tf.resources(type)
	metadata := object.get(r.values, "metadata", {})
	is_object(metadata)
	not key in object.keys(metadata)
	not from_template(r)
	not os_login_on(r)
}

# An instance created from a template inherits the template's metadata.
from_template(r) if r.type == "google_compute_instance_from_template"

os_login_on(r) if metadata_true(r.values.metadata["enable-oslogin"])

os_login_on(r) if {
	project_os_login
	not metadata_false(object.get(r.values, ["metadata", "enable-oslogin"], null))
}

project_os_login if {
	some r in tf.resources("google_compute_project_metadata")
	metadata_true(r.values.metadata["enable-oslogin"])
}

project_os_login if {
	some r in tf.resources("google_compute_project_metadata_item")
	r.values.key == "enable-oslogin"
	metadata_true(r.values.value)
}

# Compute Engine reads boolean metadata like Go's strconv.ParseBool (TRUE, true, 1...).
metadata_true(value) if value == true

metadata_true(value) if value == 1

metadata_true(value) if {
	is_string(value)
	lower(value) in {"true", "t", "1", "y", "yes"}
}

metadata_false(value) if value == false

metadata_false(value) if value == 0

metadata_false(value) if {
	is_string(value)
	lower(value) in {"false", "f", "0", "n", "no"}
}
