# METADATA
# title: Network ACL allows SSH or RDP from the whole internet
# description: >-
#   A network ACL entry that allows ingress from 0.0.0.0/0 or ::/0 to port 22
#   (SSH) or 3389 (RDP) removes the subnet-level safety net in front of remote
#   administration services: a single overly broad security group rule is then
#   enough to expose them to internet-wide brute force and exploits. CIS asks that
#   no network ACL allow this; administration should go through Systems Manager
#   Session Manager, a VPN or known addresses. The default network ACL allows all
#   traffic, so rules written on it count too.
# custom:
#   id: SRM-AWS-VPC-005
#   severity: high
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_network_acl_rule, aws_network_acl, aws_default_network_acl]}
#   remediation: >-
#     Restrict the source of administration traffic, e.g. `cidr_block =
#     "10.20.0.0/16"` on the `aws_network_acl_rule` (or the `ingress` block of
#     `aws_network_acl`), or deny ports 22 and 3389 from 0.0.0.0/0 with a
#     lower-numbered `rule_action = "deny"` entry.
#   frameworks: {cis-aws-3.0: ["5.1"], nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   peers: {checkov: [CKV_AWS_231, CKV_AWS_232], kics: [network_acl_with_unrestricted_access_to_ssh, network_acl_with_unrestricted_access_to_rdp], trivy: [AVD-AWS-0105]}
#   references:
#     - "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule"
package srm.aws.vpc.nacl_admin_ports_open

import data.srm.lib.index as idx
import data.srm.lib.terraform as tf

admin_ports := {22: "SSH", 3389: "RDP"}

# aws_network_acl_rule: an ingress (egress = false, the default) allow entry.
deny contains {
	"msg": sprintf("%s allows %s from %s to %s", [r.address, traffic(r.values), r.values[attr], describe(ports)]),
	"resource": r.address,
	"path": [attr],
} if {
	some r in tf.resources("aws_network_acl_rule")
	not tf.is_true(object.get(r.values, "egress", false))
	not tf.is_unresolved(object.get(r.values, "egress", false))
	allows(r.values.rule_action)
	some attr in ["cidr_block", "ipv6_cidr_block"]
	tf.is_world_cidr(r.values[attr])
	ports := open_ports(standalone_entry(r), attr)
	count(ports) > 0
}

# Inline ingress blocks of aws_network_acl and aws_default_network_acl.
deny contains {
	"msg": sprintf("%s allows %s from %s to %s (ingress block %d)", [r.address, traffic(rule), rule[attr], describe(ports), i]),
	"resource": r.address,
	"path": ["ingress", i, attr],
} if {
	some type in ["aws_network_acl", "aws_default_network_acl"]
	some r in tf.resources(type)
	some i, rule in tf.blocks(r.values, "ingress")
	allows(rule.action)
	some attr in ["cidr_block", "ipv6_cidr_block"]
	tf.is_world_cidr(rule[attr])
	ports := open_ports(inline_entry(r, rule), attr)
	count(ports) > 0
}

allows(action) if {
	is_string(action)
	lower(action) == "allow"
}

exposed_ports(rule) := {port |
	some port, _ in admin_ports
	covers(rule, port)
}

# Rules are evaluated in rule-number order and the first match wins: a port the
# allow entry covers stays closed when a lower-numbered ingress deny entry of the
# same network ACL covers it for the same world CIDR.
open_ports(entry, attr) := {port |
	some port in exposed_ports(entry.rule)
	not shadowed(entry, attr, port)
}

# The deny entries are summed up once per document in first_deny (not scanned for
# every allow entry): for each network ACL, CIDR, deny protocol and admin port,
# the lowest rule number that denies it. (A deny entry is never the allow entry
# itself, so its rule_id differs.)
shadowed(entry, attr, port) if {
	some acl in entry.acls
	some deny_protocol in ["-1", "all", "tcp", "6", "udp", "17"]
	protocol_covers(deny_protocol, protocol(entry.rule.protocol))
	first_deny[[acl, attr, entry.rule[attr], deny_protocol, port]] < port_number(entry.number)
}

# first_deny[[acl, attr, cidr, protocol, port]] is the lowest rule number among
# the ingress deny entries of that network ACL whose `attr` (cidr_block,
# ipv6_cidr_block) is that CIDR, with that protocol, that cover that admin port.
first_deny := {key: min(numbers) |
	some key, numbers in idx.group({[[acl, attr, other.rule[attr], protocol(other.rule.protocol), port], port_number(other.number)] |
		some other in ingress_entries
		denies(other.action)
		some acl in other.acls
		some attr in ["cidr_block", "ipv6_cidr_block"]
		some port, _ in admin_ports
		covers(other.rule, port)
	})
}

denies(action) if {
	is_string(action)
	lower(action) == "deny"
}

protocol_covers(deny, _) if deny in {"-1", "all"}

protocol_covers(deny, allow) if {
	deny in {"tcp", "6"}
	allow in {"tcp", "6", "-1", "all"}
}

protocol_covers(deny, allow) if {
	deny in {"udp", "17"}
	allow in {"udp", "17"}
}

# Every ingress entry: standalone aws_network_acl_rule resources and inline
# ingress blocks, each with the network ACL(s) it belongs to.
ingress_entries contains standalone_entry(r) if {
	some r in tf.resources("aws_network_acl_rule")
	tf.is_false(object.get(r.values, "egress", false))
}

ingress_entries contains inline_entry(r, rule) if {
	some type in ["aws_network_acl", "aws_default_network_acl"]
	some r in tf.resources(type)
	some rule in tf.blocks(r.values, "ingress")
}

standalone_entry(r) := {
	"rule_id": r.address,
	"acls": acl_keys(r),
	"number": object.get(r.values, "rule_number", null),
	"action": object.get(r.values, "rule_action", null),
	"rule": r.values,
}

inline_entry(r, rule) := {
	"rule_id": [r.address, rule],
	"acls": {r.address, tf.base_address(r)},
	"number": object.get(rule, "rule_no", null),
	"action": object.get(rule, "action", null),
	"rule": rule,
}

# The ACL a standalone rule belongs to: the resource its network_acl_id refers
# to, or the literal id.
acl_keys(r) := keys if {
	keys := tf.references(r, "network_acl_id")
	count(keys) > 0
} else := {id} if {
	id := r.values.network_acl_id
	is_string(id)
	not tf.is_unresolved(id)
} else := set()

# "-1" / "all": every protocol and port.
covers(rule, _) if protocol(rule.protocol) in {"-1", "all"}

covers(rule, port) if {
	protocol(rule.protocol) in {"tcp", "6", "udp", "17"}
	from := port_number(rule.from_port)
	to := port_number(rule.to_port)
	from <= port
	port <= to
}

protocol(value) := lower(value) if {
	is_string(value)
	not tf.is_unresolved(value)
}

protocol(value) := format_int(value, 10) if is_number(value)

port_number(value) := value if is_number(value)

port_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^-?[0-9]+$`, value)
}

traffic(rule) := "all traffic" if {
	protocol(rule.protocol) in {"-1", "all"}
} else := sprintf("%s port %v", [protocol(rule.protocol), rule.from_port]) if {
	rule.from_port == rule.to_port
} else := sprintf("%s ports %v-%v", [protocol(rule.protocol), rule.from_port, rule.to_port])

describe(ports) := concat(" and ", sort([sprintf("port %d (%s)", [p, admin_ports[p]]) | some p in ports]))
