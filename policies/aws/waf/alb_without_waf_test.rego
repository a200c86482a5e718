package srm.aws.waf.alb_without_waf_test

import data.srm.aws.waf.alb_without_waf as policy

lb(name, values) := {
	"address": sprintf("aws_lb.%s", [name]), "type": "aws_lb", "name": name,
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": name, "subnets": ["subnet-1", "subnet-2"]}, values),
}

association(type, target, refs) := {
	"address": sprintf("%s.a", [type]), "type": type, "name": "a",
	"mode": "managed", "file": "main.tf", "references": {"resource_arn": refs},
	"values": {"resource_arn": target, "web_acl_arn": "${aws_wafv2_web_acl.regional.arn}"},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_public_alb_without_waf_reported if {
	findings := policy.deny with input as doc({"aws_lb": [lb("web", {})]})
	count(findings) == 1
	some f in findings
	f.resource == "aws_lb.web"
	f.path == []
	count(policy.deny) == 1 with input as doc({"aws_lb": [lb("web", {"internal": false, "load_balancer_type": "application"})]})
}

test_associated_alb_passes if {
	count(policy.deny) == 0 with input as doc({
		"aws_lb": [lb("web", {})],
		"aws_wafv2_web_acl_association": [association("aws_wafv2_web_acl_association", "${aws_lb.web.arn}", ["aws_lb.web"])],
	})
	count(policy.deny) == 0 with input as doc({
		"aws_lb": [lb("web", {})],
		"aws_wafregional_web_acl_association": [association("aws_wafregional_web_acl_association", "${aws_lb.web.id}", ["aws_lb.web"])],
	})
}

test_association_of_another_resource_does_not_count if {
	count(policy.deny) == 1 with input as doc({
		"aws_lb": [lb("web", {})],
		"aws_wafv2_web_acl_association": [association("aws_wafv2_web_acl_association", "${aws_lb.api.arn}", ["aws_lb.api"])],
	})
}

test_internal_and_network_load_balancers_do_not_apply if {
	count(policy.deny) == 0 with input as doc({"aws_lb": [lb("web", {"internal": true})]})
	count(policy.deny) == 0 with input as doc({"aws_lb": [lb("web", {"load_balancer_type": "network"})]})
	count(policy.applies) == 0 with input as doc({"aws_lb": [lb("web", {"internal": true})]})
	policy.applies == {"aws_lb.web"} with input as doc({"aws_lb": [lb("web", {})]})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as doc({"aws_lb": [lb("web", {"internal": "${var.internal}"})]})
	policy.unknown == {{"resource": "aws_lb.web", "path": ["internal"]}} with input as doc({"aws_lb": [lb("web", {"internal": "${var.internal}"})]})
	d := doc({
		"aws_lb": [lb("web", {})],
		"aws_wafv2_web_acl_association": [association("aws_wafv2_web_acl_association", "${var.alb_arn}", ["var.alb_arn"])],
	})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "aws_lb.web", "path": []}} with input as d
}
