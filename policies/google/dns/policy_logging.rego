# METADATA
# title: Cloud DNS server policy does not log the queries of its networks
# description: >-
#   DNS query logs record which names every VM, pod and serverless workload of a
#   VPC network resolved: they reveal command-and-control lookups, DNS tunnelling
#   and data exfiltration, and tell responders which hosts contacted a malicious
#   domain. Cloud DNS logs the queries of a network only when a DNS server policy
#   bound to it sets `enable_logging = true`; logging is off by default.
# custom:
#   id: SRM-GCP-DNS-003
#   severity: low
#   areas: [logging-monitoring, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [google_dns_policy]}
#   remediation: >-
#     Set `enable_logging = true` on the `google_dns_policy` bound to the network
#     (`networks { network_url = google_compute_network.vpc.id }`), and route the
#     `dns_queries` logs to a retained log bucket.
#   fix: {safety: safe, change: 'Sets `enable_logging = true`; Cloud DNS logs the queries of the policy networks (log volume is billed), resolution itself does not change.'}
#   frameworks: {cis-gcp-2.0: ["2.12"], nist-800-53: [AU-2, AU-12, SI-4]}
#   references:
#     - "https://cloud.google.com/dns/docs/monitoring"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_policy#enable_logging"
#   peers: {kics: [google_dns_policy_logging_disabled]}
package srm.google.dns.policy_logging

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("DNS policy %s sets enable_logging = false: the DNS queries of its networks are not logged", [r.address]),
	"resource": r.address,
	"path": ["enable_logging"],
	"fix": [{"set": ["enable_logging"], "value": true}],
} if {
	some r in tf.resources("google_dns_policy")
	tf.is_false(r.values.enable_logging)
}

deny contains {
	"msg": sprintf("DNS policy %s does not set enable_logging (off by default): the DNS queries of its networks are not logged", [r.address]),
	"resource": r.address,
	"path": ["enable_logging"],
	"fix": [{"set": ["enable_logging"], "value": true}],
} if {
	some r in tf.resources("google_dns_policy")
	object.get(r.values, "enable_logging", null) == null
}

unknown contains {"resource": r.address, "path": ["enable_logging"]} if {
	some r in tf.resources("google_dns_policy")
	tf.is_unresolved(r.values.enable_logging)
}
