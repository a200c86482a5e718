# METADATA
# title: Interactive serial console access is enabled for VM instances
# description: >-
#   The interactive serial console gives a login prompt on the VM through Google's
#   serial-port proxy, which no VPC firewall rule or IP allow-list can restrict:
#   anyone holding a valid SSH key for the project can reach it from any address.
#   It is meant for break-glass debugging of a VM that will not boot, and is off
#   unless `serial-port-enable` is set in the instance or project metadata.
# custom:
#   id: SRM-GCP-COMPUTE-001
#   severity: medium
#   areas: [network-controls, guest-os]
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
#     Remove the `serial-port-enable` metadata key or set it to false
#     (`metadata = { serial-port-enable = "FALSE" }`), and enforce
#     `constraints/compute.disableSerialPortAccess` organization-wide; enable it
#     temporarily only while debugging.
#   fix: {safety: unsafe, change: 'Sets the `serial-port-enable` metadata value to `"FALSE"` (the `value` of a `google_compute_project_metadata_item`); nothing running on the VMs changes, but an instance template is replaced by a new one (templates are immutable) and the serial console is no longer there for debugging.'}
#   frameworks: {cis-gcp-2.0: ["4.5"], nist-800-53: [AC-17, CM-7]}
#   references:
#     - "https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata"
#   peers:
#     checkov: [CKV_GCP_35]
#     trivy: [AVD-GCP-0032]
package srm.google.compute.serial_port_enabled

import data.srm.lib.terraform as tf

instance_types := [
	"google_compute_instance",
	"google_compute_instance_template",
	"google_compute_region_instance_template",
	"google_compute_instance_from_template",
]

key := "serial-port-enable"

deny contains {
	"msg": sprintf("%s enables the interactive serial console (metadata %s = %v)", [r.address, key, value]),
	"resource": r.address,
	"path": ["metadata", key],
	"fix": [{"set": ["metadata", key], "value": "FALSE"}],
} if {
	some type in array.concat(instance_types, ["google_compute_project_metadata"])
	some r in tf.resources(type)
	value := r.values.metadata[key]
	metadata_true(value)
}

deny contains {
	"msg": sprintf("%s enables the interactive serial console for every VM of the project (%s = %v)", [r.address, key, r.values.value]),
	"resource": r.address,
	"path": ["value"],
	"fix": [{"set": ["value"], "value": "FALSE"}],
} if {
	some r in tf.resources("google_compute_project_metadata_item")
	r.values.key == key
	metadata_true(r.values.value)
}

# Compute Engine reads boolean metadata like Go's strconv.ParseBool (TRUE, true, 1...).
metadata_true(value) if value == true

metadata_true(value) if value == 1

metadata_true(value) if {
	is_string(value)
	lower(value) in {"true", "t", "1", "y", "yes"}
}
