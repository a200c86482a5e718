# METADATA
# title: Public Cloud DNS zone does not sign its records with DNSSEC
# description: >-
#   Without DNSSEC, resolvers cannot verify that answers for the zone really come
#   from its authoritative servers, so cache poisoning and on-path attackers can
#   redirect users, mail and API clients to hosts they control. Cloud DNS signs a
#   zone only when `dnssec_config` sets `state = "on"` (and the DS record is
#   published at the registrar). Private zones, which are not served on the
#   internet, are not reported.
# custom:
#   id: SRM-GCP-DNS-001
#   severity: medium
#   areas: [network-controls, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [google_dns_managed_zone]}
#   remediation: >-
#     Sign the zone: `dnssec_config { state = "on" }` on `google_dns_managed_zone`,
#     then publish the DS record shown by `gcloud dns dns-keys list` at the
#     domain's registrar.
#   fix: {safety: safe, change: 'Sets `dnssec_config { state = "on" }` (the block created when missing); Cloud DNS signs the zone, which resolvers only validate once the DS record is published at the registrar, so resolution keeps working.'}
#   frameworks: {cis-gcp-2.0: ["3.3"], nist-800-53: [SC-20, SC-21]}
#   references:
#     - "https://cloud.google.com/dns/docs/dnssec-config"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_managed_zone#dnssec_config"
#   peers:
#     checkov: [CKV_GCP_16]
#     kics: [cloud_dns_without_dnssec]
#     trivy: [AVD-GCP-0013]
package srm.google.dns.dnssec

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("public DNS zone %s has no dnssec_config block: DNSSEC is off by default", [r.address]),
	"resource": r.address,
	"path": ["dnssec_config"],
	"fix": [{"set": ["dnssec_config", 0, "state"], "value": "on"}],
} if {
	some r in public_zones
	count(tf.blocks(r.values, "dnssec_config")) == 0
}

deny contains {
	"msg": sprintf("public DNS zone %s sets dnssec_config.state = %q: its records are not signed", [r.address, config.state]),
	"resource": r.address,
	"path": ["dnssec_config", i, "state"],
	"fix": [{"set": ["dnssec_config", i, "state"], "value": "on"}],
} if {
	some r in public_zones
	some i, config in tf.blocks(r.values, "dnssec_config")
	config.state == "off"
}

deny contains {
	"msg": sprintf("public DNS zone %s has a dnssec_config block without state (it defaults to \"off\")", [r.address]),
	"resource": r.address,
	"path": ["dnssec_config", i, "state"],
	"fix": [{"set": ["dnssec_config", i, "state"], "value": "on"}],
} if {
	some r in public_zones
	some i, config in tf.blocks(r.values, "dnssec_config")
	object.get(config, "state", null) == null
}

public_zones contains r if {
	some r in tf.resources("google_dns_managed_zone")
	object.get(r.values, "visibility", "public") == "public"
}
