# METADATA
# title: Cloud DNS zone signs DNSSEC records with RSASHA1
# description: >-
#   RSASHA1 relies on SHA-1, for which practical chosen-prefix collisions exist;
#   signatures made with it can be forged by a well-resourced attacker, and many
#   validating resolvers now treat RSASHA1-signed zones as insecure. A zone whose
#   key-signing or zone-signing key uses it therefore gets little of the
#   protection DNSSEC is meant to give. Cloud DNS uses RSASHA256 unless
#   `default_key_specs` asks for another algorithm.
# custom:
#   id: SRM-GCP-DNS-002
#   severity: medium
#   areas: [data-security, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_dns_managed_zone]}
#   remediation: >-
#     Use a SHA-2 or elliptic-curve algorithm for both keys, e.g.
#     `default_key_specs { algorithm = "rsasha256" key_type = "keySigning" key_length = 2048 }`
#     and `default_key_specs { algorithm = "rsasha256" key_type = "zoneSigning" key_length = 1024 }`
#     (or `ecdsap256sha256`), or omit `default_key_specs`.
#   frameworks: {cis-gcp-2.0: ["3.4", "3.5"], nist-800-53: [SC-13, SC-20]}
#   references:
#     - "https://cloud.google.com/dns/docs/dnssec-advanced"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_managed_zone#default_key_specs"
#   peers:
#     checkov: [CKV_GCP_17]
#     kics: [dnssec_using_rsasha1]
#     trivy: [AVD-GCP-0012]
package srm.google.dns.dnssec_rsasha1

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("DNS zone %s uses RSASHA1 for its %s key", [r.address, key_text(spec)]),
	"resource": r.address,
	"path": ["dnssec_config", i, "default_key_specs", k, "algorithm"],
} if {
	some r in tf.resources("google_dns_managed_zone")
	some i, config in tf.blocks(r.values, "dnssec_config")
	some k, spec in tf.blocks(config, "default_key_specs")
	is_string(spec.algorithm)
	lower(spec.algorithm) == "rsasha1"
}

key_text(spec) := "key-signing" if spec.key_type == "keySigning"

key_text(spec) := "zone-signing" if spec.key_type == "zoneSigning"

key_text(spec) := "DNSSEC signing" if not spec.key_type in {"keySigning", "zoneSigning"}
