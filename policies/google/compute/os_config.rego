# METADATA
# title: OS Config agent is turned off for the project or a VM instance
# description: >-
#   VM Manager (OS Config) collects the package inventory and vulnerability
#   reports of each instance and runs patch jobs and patch deployments; without
#   it nobody sees which VMs miss security updates and patching stays a manual
#   chore. Patching the guest OS is the customer's duty. The agent only works
#   where the metadata key `enable-osconfig` is TRUE, usually set once in project
#   metadata; an instance that sets it to FALSE opts out, and
#   `google_compute_project_metadata` replaces all project metadata, so leaving
#   the key out there turns VM Manager off for the project. Instances that leave
#   the key out inherit the project value and are not reported.
# custom:
#   id: SRM-GCP-COMPUTE-009
#   severity: low
#   areas: [vulnerability-management, guest-os]
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
#     Enable VM Manager for the project: `resource "google_compute_project_metadata_item"
#     "osconfig" { key = "enable-osconfig" value = "TRUE" }` (or the same key in
#     `google_compute_project_metadata`), and remove `enable-osconfig = "FALSE"`
#     from instance metadata.
#   fix: {safety: unsafe, change: 'Sets the `enable-osconfig` metadata value to `"TRUE"` (added to a `google_compute_project_metadata` that lacks it; the `value` of a `google_compute_project_metadata_item`); the OS Config agent starts reporting inventory and vulnerabilities without installing anything, but an instance template is replaced by a new one (templates are immutable).'}
#   frameworks: {nist-800-53: [RA-5, SI-2, CM-8]}
#   references:
#     - "https://cloud.google.com/compute/docs/manage-os"
#     - "https://cloud.google.com/compute/vm-manager/docs/setup-vm-manager"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_project_metadata_item"
package srm.google.compute.os_config

import data.srm.lib.terraform as tf

instance_types := [
	"google_compute_instance",
	"google_compute_instance_template",
	"google_compute_region_instance_template",
	"google_compute_instance_from_template",
]

key := "enable-osconfig"

deny contains {
	"msg": sprintf("%s sets metadata %s = %v: VM Manager reports no vulnerabilities and applies no patches on it", [r.address, key, r.values.metadata[key]]),
	"resource": r.address,
	"path": ["metadata", key],
	"fix": [{"set": ["metadata", key], "value": "TRUE"}],
} if {
	some type in instance_types
	some r in tf.resources(type)
	metadata_false(r.values.metadata[key])
}

deny contains {
	"msg": sprintf("%s sets project metadata %s = %v: VM Manager is off for the project", [r.address, key, r.values.metadata[key]]),
	"resource": r.address,
	"path": ["metadata", key],
	"fix": [{"set": ["metadata", key], "value": "TRUE"}],
} if {
	some r in tf.resources("google_compute_project_metadata")
	metadata_false(r.values.metadata[key])
}

deny contains {
	"msg": sprintf("%s manages all project metadata without %s = \"TRUE\": VM Manager is off for the project", [r.address, key]),
	"resource": r.address,
	"path": ["metadata", key],
	"fix": [{"set": ["metadata", key], "value": "TRUE"}],
} if {
	some r in tf.resources("google_compute_project_metadata")
	is_object(r.values.metadata)
	not key in object.keys(r.values.metadata)
}

deny contains {
	"msg": sprintf("%s sets project metadata %s = %v: VM Manager is off for the project", [r.address, key, r.values.value]),
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
