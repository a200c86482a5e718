# METADATA
# title: Security group allows SSH or RDP from the whole internet
# description: >-
#   An ingress rule from 0.0.0.0/0 or ::/0 that covers port 22 (SSH) or 3389
#   (RDP) puts the instance's remote administration service in front of every
#   internet scanner: credential stuffing, brute force and exploits of the
#   service itself start within minutes of launch. Security groups are the
#   customer's firewall; AWS opens nothing by default, so such a rule is always
#   written by someone. Administration should go through Systems Manager Session
#   Manager, a VPN or a bastion restricted to known addresses.
# custom:
#   id: SRM-AWS-VPC-001
#   severity: critical
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_security_group, aws_default_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]}
#   remediation: >-
#     Restrict the source to known networks and drop world-open admin ports, e.g.
#     `ingress { from_port = 22 to_port = 22 protocol = "tcp" cidr_blocks =
#     ["10.20.0.0/16"] }` or `cidr_ipv4 = var.admin_cidr` on
#     `aws_vpc_security_group_ingress_rule`; better, remove the rule and use
#     AWS Systems Manager Session Manager or EC2 Instance Connect Endpoint.
#   frameworks: {cis-aws-3.0: ["5.2", "5.3"], nist-800-53: [AC-4, CM-7, SC-7, SC-7(5)]}
#   peers: {checkov: [CKV_AWS_24, CKV_AWS_25], kics: [security_group_with_unrestricted_access_to_ssh], trivy: [AVD-AWS-0107]}
#   references:
#     - "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-14"
#     - "https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html"
package srm.aws.vpc.sg_admin_ports_open

import data.srm.lib.terraform as tf

admin_ports := {22: "SSH", 3389: "RDP"}

# Inline ingress blocks of aws_security_group (and aws_default_security_group):
# one finding per world-open item of cidr_blocks / ipv6_cidr_blocks.
deny contains {
	"msg": sprintf("%s opens %s to %s: ingress block %d allows %s from it", [r.address, describe(ports), cidr, i, traffic(rule, "protocol")]),
	"resource": r.address,
	"path": ["ingress", i, attr, j],
} if {
	some type in ["aws_security_group", "aws_default_security_group"]
	some r in tf.resources(type)
	some i, rule in tf.blocks(r.values, "ingress")
	some attr in ["cidr_blocks", "ipv6_cidr_blocks"]
	is_array(rule[attr])
	some j, cidr in rule[attr]
	tf.is_world_cidr(cidr)
	ports := exposed_ports(rule, "protocol")
	count(ports) > 0
}

# aws_security_group_rule with type = "ingress".
deny contains {
	"msg": sprintf("%s opens %s to %s: the rule allows %s from it", [r.address, describe(ports), cidr, traffic(r.values, "protocol")]),
	"resource": r.address,
	"path": [attr, j],
} if {
	some r in tf.resources("aws_security_group_rule")
	is_string(r.values.type)
	lower(r.values.type) == "ingress"
	some attr in ["cidr_blocks", "ipv6_cidr_blocks"]
	is_array(r.values[attr])
	some j, cidr in r.values[attr]
	tf.is_world_cidr(cidr)
	ports := exposed_ports(r.values, "protocol")
	count(ports) > 0
}

# aws_vpc_security_group_ingress_rule (one CIDR per rule).
deny contains {
	"msg": sprintf("%s opens %s to %s: the rule allows %s from it", [r.address, describe(ports), r.values[attr], traffic(r.values, "ip_protocol")]),
	"resource": r.address,
	"path": [attr],
} if {
	some r in tf.resources("aws_vpc_security_group_ingress_rule")
	some attr in ["cidr_ipv4", "cidr_ipv6"]
	tf.is_world_cidr(r.values[attr])
	ports := exposed_ports(r.values, "ip_protocol")
	count(ports) > 0
}

# exposed_ports(rule, protocol_attr) is the set of admin ports the rule lets in.
exposed_ports(rule, protocol_attr) := {port |
	some port, _ in admin_ports
	covers(rule, protocol_attr, port)
}

# "-1" / "all": every protocol and port, whatever from_port and to_port say.
covers(rule, protocol_attr, _) if protocol(rule[protocol_attr]) in {"-1", "all"}

# TCP or UDP (CIS counts both) with a known port range that includes the port.
covers(rule, protocol_attr, port) if {
	protocol(rule[protocol_attr]) in {"tcp", "6", "udp", "17"}
	from := port_number(rule.from_port)
	to := port_number(rule.to_port)
	from <= port
	port <= to
}

# protocol(value) is the protocol as a lower-case string; undefined when unresolved.
protocol(value) := lower(value) if {
	is_string(value)
	not tf.is_unresolved(value)
}

protocol(value) := format_int(value, 10) if is_number(value)

# port_number(value) is a known port as a number; undefined when unresolved.
port_number(value) := value if is_number(value)

port_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^-?[0-9]+$`, value)
}

traffic(rule, protocol_attr) := "all traffic" if {
	protocol(rule[protocol_attr]) in {"-1", "all"}
} else := sprintf("%s port %v", [protocol(rule[protocol_attr]), rule.from_port]) if {
	rule.from_port == rule.to_port
} else := sprintf("%s ports %v-%v", [protocol(rule[protocol_attr]), rule.from_port, rule.to_port])

describe(ports) := concat(" and ", sort([sprintf("port %d (%s)", [p, admin_ports[p]]) | some p in ports]))
