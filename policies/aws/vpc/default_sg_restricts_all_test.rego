package srm.aws.vpc.default_sg_restricts_all_test

import data.srm.aws.vpc.default_sg_restricts_all as policy

res(type, name, values, refs) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": refs,
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

default_sg(values) := res("aws_default_security_group", "default", object.union({"vpc_id": "${aws_vpc.main.id}"}, values), {"vpc_id": ["aws_vpc.main"]})

test_empty_default_group_passes if {
	count(policy.deny) == 0 with input as doc({"aws_default_security_group": [default_sg({})]})
	count(policy.deny) == 0 with input as doc({"aws_default_security_group": [default_sg({"ingress": [], "egress": []})]})
}

test_inline_rules_reported if {
	findings := policy.deny with input as doc({"aws_default_security_group": [default_sg({
		"ingress": [{"protocol": "-1", "self": true, "from_port": 0, "to_port": 0}],
		"egress": [{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}],
	})]})
	{f.path | some f in findings} == {["ingress", 0], ["egress", 0]}
}

test_split_rule_on_default_group_reported if {
	rule := res("aws_vpc_security_group_egress_rule", "all", {
		"security_group_id": "${aws_default_security_group.default.id}",
		"cidr_ipv4": "0.0.0.0/0", "ip_protocol": "-1",
	}, {"security_group_id": ["aws_default_security_group.default"]})
	findings := policy.deny with input as doc({
		"aws_default_security_group": [default_sg({})],
		"aws_vpc_security_group_egress_rule": [rule],
	})
	count(findings) == 1
	some f in findings
	f.resource == "aws_vpc_security_group_egress_rule.all"
	f.path == ["security_group_id"]
}

test_rule_on_vpc_default_security_group_id_reported if {
	rule := res("aws_security_group_rule", "ssh", {
		"type": "ingress", "security_group_id": "${aws_vpc.main.default_security_group_id}",
		"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"],
	}, {"security_group_id": ["aws_vpc.main"]})
	count(policy.deny) == 1 with input as doc({"aws_security_group_rule": [rule]})
}

test_rule_on_other_group_passes if {
	rule := res("aws_security_group_rule", "ssh", {
		"type": "ingress", "security_group_id": "${aws_security_group.app.id}",
		"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"],
	}, {"security_group_id": ["aws_security_group.app"]})
	var_rule := res("aws_vpc_security_group_ingress_rule", "https", {
		"security_group_id": "${var.security_group_id}", "cidr_ipv4": "10.0.0.0/8",
		"ip_protocol": "tcp", "from_port": 443, "to_port": 443,
	}, {"security_group_id": ["var.security_group_id"]})
	count(policy.deny) == 0 with input as doc({"aws_security_group_rule": [rule], "aws_vpc_security_group_ingress_rule": [var_rule]})
}
