package srm.aws.vpc.sg_admin_ports_open_test

import data.srm.aws.vpc.sg_admin_ports_open as policy

res(type, name, values) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

sg(ingress) := doc({"aws_security_group": [res("aws_security_group", "web", {"name": "web", "ingress": ingress})]})

sg_rule(values) := doc({"aws_security_group_rule": [res("aws_security_group_rule", "r", object.union({"type": "ingress", "security_group_id": "${aws_security_group.web.id}"}, values))]})

vpc_rule(values) := doc({"aws_vpc_security_group_ingress_rule": [res("aws_vpc_security_group_ingress_rule", "r", object.union({"security_group_id": "${aws_security_group.web.id}"}, values))]})

test_inline_ssh_from_world_reported_at_cidr_item if {
	findings := policy.deny with input as sg([
		{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]},
		{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8", "0.0.0.0/0"], "ipv6_cidr_blocks": ["::/0"]},
	])
	{f.path | some f in findings} == {["ingress", 1, "cidr_blocks", 1], ["ingress", 1, "ipv6_cidr_blocks", 0]}
}

test_inline_port_range_and_all_protocols_reported if {
	count(policy.deny) == 1 with input as sg([{"from_port": 0, "to_port": 65535, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}])
	count(policy.deny) == 1 with input as sg([{"from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]}])
	count(policy.deny) == 1 with input as sg([{"from_port": 3389, "to_port": 3389, "protocol": "6", "cidr_blocks": ["0.0.0.0/0"]}])
	count(policy.deny) == 1 with input as sg([{"from_port": "3380", "to_port": "3390", "protocol": "UDP", "cidr_blocks": ["0.0.0.0/0"]}])
}

test_both_ports_give_one_finding if {
	findings := policy.deny with input as sg([{"from_port": 0, "to_port": 65535, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}])
	count(findings) == 1
	some f in findings
	contains(f.msg, "port 22 (SSH) and port 3389 (RDP)")
}

test_inline_safe_rules_pass if {
	count(policy.deny) == 0 with input as sg([
		{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": ["::/0"]},
		{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"]},
		{"from_port": -1, "to_port": -1, "protocol": "icmp", "cidr_blocks": ["0.0.0.0/0"]},
		{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": "${var.admin_cidrs}"},
		{"from_port": "${var.port}", "to_port": "${var.port}", "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]},
		{"from_port": 0, "to_port": 0, "protocol": "${var.protocol}", "cidr_blocks": ["0.0.0.0/0"]},
	])
}

test_security_group_rule if {
	findings := policy.deny with input as sg_rule({"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]})
	{f.path | some f in findings} == {["cidr_blocks", 0]}
	count(policy.deny) == 0 with input as sg_rule({"type": "egress", "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]})
	count(policy.deny) == 0 with input as sg_rule({"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["192.0.2.0/24"]})
	count(policy.deny) == 0 with input as sg_rule({"from_port": "${var.port}", "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]})
}

test_vpc_ingress_rule if {
	findings := policy.deny with input as vpc_rule({"cidr_ipv6": "::/0", "ip_protocol": "-1"})
	{f.path | some f in findings} == {["cidr_ipv6"]}
	count(policy.deny) == 1 with input as vpc_rule({"cidr_ipv4": "0.0.0.0/0", "ip_protocol": "tcp", "from_port": 3389, "to_port": 3389})
	count(policy.deny) == 0 with input as vpc_rule({"cidr_ipv4": "0.0.0.0/0", "ip_protocol": "tcp", "from_port": 443, "to_port": 443})
	count(policy.deny) == 0 with input as vpc_rule({"cidr_ipv4": "${var.cidr}", "ip_protocol": "-1"})
}
