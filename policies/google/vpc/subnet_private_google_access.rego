# METADATA
# title: VPC subnet does not enable Private Google Access
# description: >-
#   Without Private Google Access, VMs that have only internal addresses cannot
#   reach Google APIs such as Cloud Storage, Artifact Registry or Cloud Logging,
#   which pushes teams to give VMs external IP addresses or to route API traffic
#   over the internet. With it, workloads can stay private and still use Google
#   services over Google's network. It is off unless the subnet turns it on.
#   Proxy-only and internal HTTPS load balancer subnets are not reported.
# custom:
#   id: SRM-GCP-VPC-004
#   severity: low
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_compute_subnetwork]}
#   remediation: >-
#     Turn it on for the subnet: `private_ip_google_access = true` on
#     `google_compute_subnetwork` (and remove external IPs from VMs that only needed
#     them to reach Google APIs).
#   fix: {safety: safe, change: 'Sets `private_ip_google_access = true`; VMs without external IPs in the subnet can then reach Google APIs, nothing that worked before changes.'}
#   frameworks: {nist-800-53: [SC-7, AC-4]}
#   references:
#     - "https://cloud.google.com/vpc/docs/private-google-access"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_subnetwork#private_ip_google_access"
#   peers:
#     checkov: [CKV_GCP_74]
#     kics: [google_compute_subnetwork_with_private_google_access_disabled]
#     trivy: [AVD-GCP-0075]
package srm.google.vpc.subnet_private_google_access

import data.srm.lib.terraform as tf

exempt_purposes := {"REGIONAL_MANAGED_PROXY", "GLOBAL_MANAGED_PROXY", "INTERNAL_HTTPS_LOAD_BALANCER", "PRIVATE_SERVICE_CONNECT", "PRIVATE_NAT"}

deny contains {
	"msg": sprintf("subnet %s sets private_ip_google_access = false: VMs without external IPs cannot reach Google APIs", [r.address]),
	"resource": r.address,
	"path": ["private_ip_google_access"],
	"fix": [{"set": ["private_ip_google_access"], "value": true}],
} if {
	some r in subnets
	tf.is_false(r.values.private_ip_google_access)
}

deny contains {
	"msg": sprintf("subnet %s does not set private_ip_google_access (it defaults to false): VMs without external IPs cannot reach Google APIs", [r.address]),
	"resource": r.address,
	"path": ["private_ip_google_access"],
	"fix": [{"set": ["private_ip_google_access"], "value": true}],
} if {
	some r in subnets
	object.get(r.values, "private_ip_google_access", null) == null
}

subnets contains r if {
	some r in tf.resources("google_compute_subnetwork")
	not object.get(r.values, "purpose", "PRIVATE") in exempt_purposes
}
