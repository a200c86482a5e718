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

std(name, acl, values) := {
	"address": sprintf("aws_network_acl_rule.%s", [name]), "type": "aws_network_acl_rule", "name": name,
	"mode": "managed", "file": "main.tf", "references": {"network_acl_id": [acl]},
	"values": object.union({"network_acl_id": sprintf("${%s.id}", [acl]), "egress": false}, values),
}

rules(list) := {"format": "terraform", "module": ".", "resources": {"aws_network_acl_rule": list}}

allow_all := std("allow_all", "aws_network_acl.main", {"rule_number": 100, "rule_action": "allow", "protocol": "-1", "from_port": 0, "to_port": 0, "cidr_block": "0.0.0.0/0"})

deny_ssh(number, values) := std("deny_ssh", "aws_network_acl.main", object.union(
	{"rule_number": number, "rule_action": "deny", "protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_block": "0.0.0.0/0"},
	values,
))

test_lower_numbered_deny_closes_port_and_message_names_only_open_ports if {
	findings := policy.deny with input as rules([allow_all, deny_ssh(90, {})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_network_acl_rule.allow_all"
	contains(f.msg, "port 3389 (RDP)")
	not contains(f.msg, "port 22")
	# Both ports denied first: nothing open.
	count(policy.deny) == 0 with input as rules([allow_all, deny_ssh(90, {"protocol": "-1", "from_port": 0, "to_port": 0})])
	count(policy.deny) == 0 with input as rules([allow_all, deny_ssh(90, {"from_port": 0, "to_port": 65535})])
}

test_deny_that_does_not_match_first_leaves_port_open if {
	# Higher-numbered deny: the allow matches first.
	some f1 in policy.deny with input as rules([allow_all, deny_ssh(110, {})])
	contains(f1.msg, "port 22 (SSH)")
	# Other direction, other CIDR family, other protocol, other network ACL, narrower CIDR.
	some f2 in policy.deny with input as rules([allow_all, deny_ssh(90, {"egress": true})])
	contains(f2.msg, "port 22 (SSH)")
	some f3 in policy.deny with input as rules([allow_all, deny_ssh(90, {"cidr_block": null, "ipv6_cidr_block": "::/0"})])
	contains(f3.msg, "port 22 (SSH)")
	some f4 in policy.deny with input as rules([allow_all, deny_ssh(90, {"protocol": "udp"})])
	contains(f4.msg, "port 22 (SSH)")
	some f5 in policy.deny with input as rules([allow_all, std("deny_ssh", "aws_network_acl.other", {"rule_number": 90, "rule_action": "deny", "protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_block": "0.0.0.0/0"})])
	contains(f5.msg, "port 22 (SSH)")
	some f6 in policy.deny with input as rules([allow_all, deny_ssh(90, {"cidr_block": "203.0.113.0/24"})])
	contains(f6.msg, "port 22 (SSH)")
}

test_inline_and_standalone_rules_are_ordered_together if {
	# Inline deny 90 closes the inline allow 100.
	count(policy.deny) == 0 with input as acl("aws_network_acl", [
		{"rule_no": 90, "action": "deny", "protocol": "-1", "from_port": 0, "to_port": 0, "cidr_block": "0.0.0.0/0"},
		{"rule_no": 100, "action": "allow", "protocol": "tcp", "from_port": 0, "to_port": 65535, "cidr_block": "0.0.0.0/0"},
	])
	# Standalone deny attached to the ACL closes SSH of an inline allow; RDP stays open.
	doc := {"format": "terraform", "module": ".", "resources": {
		"aws_network_acl": [{"address": "aws_network_acl.main", "type": "aws_network_acl", "name": "main", "mode": "managed", "file": "main.tf", "references": {},
			"values": {"ingress": [{"rule_no": 100, "action": "allow", "protocol": "tcp", "from_port": 0, "to_port": 65535, "cidr_block": "0.0.0.0/0"}]}}],
		"aws_network_acl_rule": [deny_ssh(90, {})],
	}}
	findings := policy.deny with input as doc
	count(findings) == 1
	some f in findings
	contains(f.msg, "port 3389 (RDP)")
	not contains(f.msg, "port 22")
}
