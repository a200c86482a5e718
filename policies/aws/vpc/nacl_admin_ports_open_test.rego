package srm.aws.vpc.nacl_admin_ports_open_test

import data.srm.aws.vpc.nacl_admin_ports_open as policy

res(type, values) := {
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

rule(values) := {"format": "terraform", "module": ".", "resources": {"aws_network_acl_rule": [res("aws_network_acl_rule", object.union(
	{"network_acl_id": "${aws_network_acl.main.id}", "rule_number": 100, "rule_action": "allow"},
	values,
))]}}

acl(type, ingress) := {"format": "terraform", "module": ".", "resources": {type: [res(type, {"ingress": ingress})]}}

test_rule_ssh_from_world_is_reported if {
	findings := policy.deny with input as rule({"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_block": "0.0.0.0/0"})
	{f.path | some f in findings} == {["cidr_block"]}
	count(policy.deny) == 1 with input as rule({"protocol": "-1", "cidr_block": "0.0.0.0/0"})
	count(policy.deny) == 1 with input as rule({"protocol": "6", "from_port": 3000, "to_port": 4000, "ipv6_cidr_block": "::/0"})
	count(policy.deny) == 1 with input as rule({"protocol": "all", "from_port": 0, "to_port": 0, "cidr_block": "0.0.0.0/0", "egress": false})
}

test_rule_safe_cases_pass if {
	count(policy.deny) == 0 with input as rule({"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_block": "10.0.0.0/8"})
	count(policy.deny) == 0 with input as rule({"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_block": "0.0.0.0/0"})
	count(policy.deny) == 0 with input as rule({"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_block": "0.0.0.0/0", "rule_action": "deny"})
	count(policy.deny) == 0 with input as rule({"protocol": "-1", "cidr_block": "0.0.0.0/0", "egress": true})
	count(policy.deny) == 0 with input as rule({"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_block": "${var.admin_cidr}"})
	count(policy.deny) == 0 with input as rule({"protocol": "tcp", "from_port": "${var.port}", "to_port": "${var.port}", "cidr_block": "0.0.0.0/0"})
	count(policy.deny) == 0 with input as rule({"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_block": "0.0.0.0/0", "egress": "${var.egress}"})
	count(policy.deny) == 0 with input as rule({"protocol": "icmp", "from_port": -1, "to_port": -1, "cidr_block": "0.0.0.0/0", "icmp_type": -1, "icmp_code": -1})
}

test_inline_ingress_blocks if {
	every type in ["aws_network_acl", "aws_default_network_acl"] {
		findings := policy.deny with input as acl(type, [
			{"rule_no": 100, "action": "allow", "protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_block": "0.0.0.0/0"},
			{"rule_no": 110, "action": "allow", "protocol": "-1", "from_port": 0, "to_port": 0, "cidr_block": "0.0.0.0/0"},
		])
		{f.path | some f in findings} == {["ingress", 1, "cidr_block"]}
	}
	count(policy.deny) == 0 with input as acl("aws_network_acl", [{"rule_no": 100, "action": "deny", "protocol": "-1", "from_port": 0, "to_port": 0, "cidr_block": "0.0.0.0/0"}])
}
