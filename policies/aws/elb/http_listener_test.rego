package srm.aws.elb.http_listener_test

import data.srm.aws.elb.http_listener as policy

lb(values) := {
	"address": "aws_lb.web", "type": "aws_lb", "name": "web",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "web"}, values),
}

listener(values) := {
	"address": "aws_lb_listener.http", "type": "aws_lb_listener", "name": "http",
	"mode": "managed", "file": "main.tf",
	"references": {"load_balancer_arn": ["aws_lb.web"]},
	"values": object.union({"load_balancer_arn": "${aws_lb.web.arn}", "port": 80}, values),
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

forward := {"default_action": [{"type": "forward", "target_group_arn": "${aws_lb_target_group.web.arn}"}]}

redirect(protocol) := {"default_action": [{"type": "redirect", "redirect": [object.union({"port": "443", "status_code": "HTTP_301"}, protocol)]}]}

test_http_forward_reported if {
	findings := policy.deny with input as doc({"aws_lb": [lb({})], "aws_lb_listener": [listener(object.union(forward, {"protocol": "HTTP"}))]})
	count(findings) == 1
	some f in findings
	f.path == ["protocol"]
}

test_omitted_protocol_on_alb_reported if {
	count(policy.deny) == 1 with input as doc({"aws_lb": [lb({})], "aws_lb_listener": [listener(forward)]})
}

test_omitted_protocol_on_nlb_or_unknown_lb_passes if {
	count(policy.deny) == 0 with input as doc({"aws_lb": [lb({"load_balancer_type": "network"})], "aws_lb_listener": [listener(forward)]})
	count(policy.deny) == 0 with input as doc({"aws_lb_listener": [listener(forward)]})
}

test_redirect_without_https_reported if {
	count(policy.deny) == 1 with input as doc({"aws_lb_listener": [listener(object.union(redirect({}), {"protocol": "HTTP"}))]})
}

test_redirect_to_https_passes if {
	count(policy.deny) == 0 with input as doc({"aws_lb_listener": [listener(object.union(redirect({"protocol": "HTTPS"}), {"protocol": "HTTP"}))]})
	count(policy.deny) == 0 with input as doc({"aws_lb_listener": [listener(object.union(redirect({"protocol": "${var.redirect_protocol}"}), {"protocol": "HTTP"}))]})
}

test_https_and_unresolved_listeners_pass if {
	count(policy.deny) == 0 with input as doc({"aws_lb_listener": [listener(object.union(forward, {"protocol": "HTTPS", "port": 443}))]})
	count(policy.deny) == 0 with input as doc({"aws_lb_listener": [listener(object.union(forward, {"protocol": "${var.protocol}"}))]})
}

test_classic_http_listener_reported if {
	elb := {
		"address": "aws_elb.legacy", "type": "aws_elb", "name": "legacy", "mode": "managed", "file": "main.tf", "references": {},
		"values": {"listener": [
			{"lb_port": 443, "lb_protocol": "https", "instance_port": 8080, "instance_protocol": "http", "ssl_certificate_id": "arn:aws:acm:x"},
			{"lb_port": 80, "lb_protocol": "http", "instance_port": 8080, "instance_protocol": "http"},
		]},
	}
	findings := policy.deny with input as doc({"aws_elb": [elb]})
	count(findings) == 1
	some f in findings
	f.path == ["listener", 1, "lb_protocol"]
}
