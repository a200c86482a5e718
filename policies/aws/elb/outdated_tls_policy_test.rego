package srm.aws.elb.outdated_tls_policy_test

import data.srm.aws.elb.outdated_tls_policy as policy

listener(values) := {"format": "terraform", "module": ".", "resources": {"aws_lb_listener": [{
	"address": "aws_lb_listener.https", "type": "aws_lb_listener", "name": "https",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"load_balancer_arn": "${aws_lb.web.arn}", "port": 443, "protocol": "HTTPS", "certificate_arn": "arn:aws:acm:x"}, values),
}]}}

test_outdated_policies_reported if {
	findings := policy.deny with input as listener({"ssl_policy": "ELBSecurityPolicy-2016-08"})
	count(findings) == 1
	some f in findings
	f.path == ["ssl_policy"]
	count(policy.deny) == 1 with input as listener({"ssl_policy": "ELBSecurityPolicy-TLS-1-1-2017-01"})
	count(policy.deny) == 1 with input as listener({"ssl_policy": "ELBSecurityPolicy-TLS13-1-0-2021-06"})
	count(policy.deny) == 1 with input as listener({"ssl_policy": "ELBSecurityPolicy-FS-1-1-2019-08"})
	count(policy.deny) == 1 with input as listener({"protocol": "TLS", "port": 6514, "ssl_policy": "ELBSecurityPolicy-TLS-1-0-2015-04"})
}

test_omitted_policy_reported if {
	count(policy.deny) == 1 with input as listener({})
}

test_current_policies_pass if {
	count(policy.deny) == 0 with input as listener({"ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"})
	count(policy.deny) == 0 with input as listener({"ssl_policy": "ELBSecurityPolicy-TLS-1-2-Ext-2018-06"})
	count(policy.deny) == 0 with input as listener({"ssl_policy": "ELBSecurityPolicy-FS-1-2-Res-2020-10"})
	count(policy.deny) == 0 with input as listener({"ssl_policy": "ELBSecurityPolicy-TLS13-1-3-2021-06"})
}

test_plain_and_unresolved_not_judged if {
	count(policy.deny) == 0 with input as listener({"protocol": "HTTP", "port": 80})
	count(policy.deny) == 0 with input as listener({"ssl_policy": "${var.ssl_policy}"})
	count(policy.deny) == 0 with input as listener({"protocol": "${var.protocol}"})
}

test_fix_sets_a_tls_1_2_policy if {
	every values in [{"ssl_policy": "ELBSecurityPolicy-2016-08"}, {"ssl_policy": "ELBSecurityPolicy-TLS-1-1-2017-01"}, {}, {"protocol": "TLS"}] {
		findings := policy.deny with input as listener(values)
		{f.fix | some f in findings} == {[{"set": ["ssl_policy"], "value": "ELBSecurityPolicy-TLS13-1-2-2021-06"}]}
	}
}
