# METADATA
# title: VM instance has an external IP address
# description: >-
#   An `access_config` (or an external `ipv6_access_config`) block gives the VM a
#   public address reachable from the whole internet, so the only thing left
#   between every scanner and the VM's services is the firewall configuration,
#   and one overly broad rule exposes it. VMs without external addresses can still
#   reach the internet through Cloud NAT, Google APIs through Private Google
#   Access, and administrators through IAP TCP forwarding. Compute Engine only
#   assigns an external address when the configuration asks for one.
# custom:
#   id: SRM-GCP-COMPUTE-003
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template, google_compute_instance_from_template]
#   remediation: >-
#     Remove the `access_config {}` block from `network_interface`; give outbound
#     access with `google_compute_router_nat` and administer the VM through IAP
#     (`gcloud compute ssh --tunnel-through-iap`). Expose services through a load
#     balancer instead of the VM's own address.
#   frameworks: {cis-gcp-2.0: ["4.9"], nist-800-53: [SC-7, AC-4]}
#   references:
#     - "https://cloud.google.com/compute/docs/ip-addresses#externaladdresses"
#     - "https://cloud.google.com/iap/docs/using-tcp-forwarding"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#access_config"
#   peers:
#     checkov: [CKV_GCP_40]
#     trivy: [AVD-GCP-0031]
package srm.google.compute.public_ip

import data.srm.lib.terraform as tf

instance_types := [
	"google_compute_instance",
	"google_compute_instance_template",
	"google_compute_region_instance_template",
	"google_compute_instance_from_template",
]

deny contains {
	"msg": sprintf("%s gives network interface %d an external IPv4 address (access_config block)", [r.address, i]),
	"resource": r.address,
	"path": ["network_interface", i, "access_config", j],
} if {
	some type in instance_types
	some r in tf.resources(type)
	some i, nic in tf.blocks(r.values, "network_interface")
	some j, _ in tf.blocks(nic, "access_config")
}

# External IPv6 (ipv6_access_config is always EXTERNAL unless the subnet is internal-only).
deny contains {
	"msg": sprintf("%s gives network interface %d an external IPv6 address (ipv6_access_config block)", [r.address, i]),
	"resource": r.address,
	"path": ["network_interface", i, "ipv6_access_config", j],
} if {
	some type in instance_types
	some r in tf.resources(type)
	some i, nic in tf.blocks(r.values, "network_interface")
	some j, _ in tf.blocks(nic, "ipv6_access_config")
}
