# METADATA
# title: VM instance can forward packets it does not own (IP forwarding enabled)
# description: >-
#   By default Compute Engine drops packets whose source or destination is not
#   the instance's own address. `can_ip_forward = true` lifts that anti-spoofing
#   check, so the VM can route, spoof or intercept other hosts' traffic; a
#   compromised instance with IP forwarding becomes a pivot that bypasses the
#   network segmentation firewall rules were meant to enforce. Only dedicated NAT
#   or network appliances should have it.
# custom:
#   id: SRM-GCP-COMPUTE-002
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template, google_compute_instance_from_template]
#   remediation: >-
#     Remove the attribute or set `can_ip_forward = false`; use Cloud NAT or a
#     managed load balancer instead of a routing VM.
#   fix: {safety: unsafe, change: 'Sets `can_ip_forward = false`; the attribute forces a new VM (or template), and a VM that routes or NATs traffic for others stops doing so.'}
#   frameworks: {cis-gcp-2.0: ["4.6"], nist-800-53: [SC-7, CM-7]}
#   references:
#     - "https://cloud.google.com/vpc/docs/using-routes#canipforward"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#can_ip_forward"
#   peers:
#     checkov: [CKV_GCP_36]
#     kics: [ip_forwarding_enabled]
#     trivy: [AVD-GCP-0043]
package srm.google.compute.ip_forwarding

import data.srm.lib.terraform as tf

instance_types := [
	"google_compute_instance",
	"google_compute_instance_template",
	"google_compute_region_instance_template",
	"google_compute_instance_from_template",
]

deny contains {
	"msg": sprintf("%s sets can_ip_forward = true: the VM may send and receive packets for other addresses", [r.address]),
	"resource": r.address,
	"path": ["can_ip_forward"],
	"fix": [{"set": ["can_ip_forward"], "value": false}],
} if {
	some type in instance_types
	some r in tf.resources(type)
	tf.is_true(r.values.can_ip_forward)
}
