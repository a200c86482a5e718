# METADATA
# title: Firewall rule allows SSH, RDP or all traffic from the whole internet
# description: >-
#   An ingress allow rule whose source is 0.0.0.0/0 or ::/0 and that covers port
#   22 (SSH) or 3389 (RDP), or all ports, puts the remote administration of every
#   targeted VM in front of internet-wide scanners: brute force, credential
#   stuffing and exploits of the services start within minutes. A VPC denies all
#   ingress by default, so such a rule is always written by someone; note that an
#   ingress rule without any source range, source tag or source service account
#   applies to 0.0.0.0/0 as well.
# custom:
#   id: SRM-GCP-VPC-001
#   severity: critical
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_compute_firewall]}
#   remediation: >-
#     Allow administration only from Identity-Aware Proxy or known networks, e.g.
#     `source_ranges = ["35.235.240.0/20"]` (IAP TCP forwarding) with
#     `allow { protocol = "tcp" ports = ["22"] }` and `target_tags = ["ssh"]`, or
#     `source_ranges = [var.admin_cidr]`.
#   frameworks: {cis-gcp-2.0: ["3.6", "3.7"], nist-800-53: [AC-4, AC-17, CM-7, SC-7, SC-7(5)]}
#   references:
#     - "https://cloud.google.com/firewall/docs/firewalls"
#     - "https://cloud.google.com/iap/docs/using-tcp-forwarding"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall"
#   peers:
#     checkov: [CKV_GCP_2, CKV_GCP_3, CKV2_GCP_12]
#     kics: [ssh_access_is_not_restricted, rdp_access_is_not_restricted]
#     trivy: [AVD-GCP-0071, AVD-GCP-0070]
package srm.google.vpc.firewall_admin_ports_open

import data.srm.lib.terraform as tf

admin_ports := {22: "SSH", 3389: "RDP"}

# One finding per world-open item of source_ranges.
deny contains {
	"msg": sprintf("%s opens %s to %s (%s)", [r.address, describe(ports), cidr, traffic_text(r.values)]),
	"resource": r.address,
	"path": ["source_ranges", j],
} if {
	some r in open_ingress_rules
	is_array(r.values.source_ranges)
	some j, cidr in r.values.source_ranges
	tf.is_world_cidr(cidr)
	ports := exposed_ports(r.values)
	count(ports) > 0
}

# No source at all: the API applies the rule to 0.0.0.0/0.
deny contains {
	"msg": sprintf("%s sets no source_ranges, source_tags or source_service_accounts, so it applies to 0.0.0.0/0 and opens %s (%s)", [r.address, describe(ports), traffic_text(r.values)]),
	"resource": r.address,
	"path": ["source_ranges"],
} if {
	some r in open_ingress_rules
	every attr in ["source_ranges", "source_tags", "source_service_accounts"] {
		object.get(r.values, attr, null) in {null, []}
	}
	ports := exposed_ports(r.values)
	count(ports) > 0
}

# Enabled ingress rules (direction defaults to INGRESS).
open_ingress_rules contains r if {
	some r in tf.resources("google_compute_firewall")
	upper(object.get(r.values, "direction", "INGRESS")) == "INGRESS"
	not tf.is_true(object.get(r.values, "disabled", false))
}

exposed_ports(values) := {port |
	some port, _ in admin_ports
	some rule in tf.blocks(values, "allow")
	covers(rule, port)
}

covers(rule, _) if protocol(rule.protocol) == "all"

covers(rule, port) if {
	carries(protocol(rule.protocol), port)
	object.get(rule, "ports", null) in {null, []}
}

covers(rule, port) if {
	carries(protocol(rule.protocol), port)
	is_array(rule.ports)
	some range in rule.ports
	in_range(range, port)
}

# The transports each admin port listens on: SSH and RDP over TCP, and RDP over
# UDP too (its UDP transport, on by default since RDP 8.0). SSH has no UDP form.
carries(proto, _) if proto in {"tcp", "6"}

carries(proto, 3389) if proto in {"udp", "17"}

in_range(range, port) if {
	is_number(range)
	range == port
}

in_range(range, port) if {
	is_string(range)
	regex.match(`^[0-9]+$`, range)
	to_number(range) == port
}

in_range(range, port) if {
	is_string(range)
	regex.match(`^[0-9]+-[0-9]+$`, range)
	bounds := split(range, "-")
	to_number(bounds[0]) <= port
	port <= to_number(bounds[1])
}

protocol(value) := lower(value) if {
	is_string(value)
	not tf.is_unresolved(value)
}

traffic_text(values) := concat("; ", [allow_text(rule) | some rule in tf.blocks(values, "allow")])

allow_text(rule) := sprintf("allow %s ports %s", [rule.protocol, concat(",", [sprintf("%v", [p]) | some p in rule.ports])]) if {
	is_array(rule.ports)
	count(rule.ports) > 0
} else := sprintf("allow %v on all ports", [rule.protocol])

describe(ports) := concat(" and ", sort([sprintf("port %d (%s)", [p, admin_ports[p]]) | some p in ports]))
