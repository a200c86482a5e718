package srm.aws.elb.drop_invalid_headers_test

import data.srm.aws.elb.drop_invalid_headers as policy

lb(values) := {"format": "terraform", "module": ".", "resources": {"aws_lb": [{
	"address": "aws_lb.web", "type": "aws_lb", "name": "web",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "web", "subnets": ["subnet-1", "subnet-2"]}, values),
}]}}

test_disabled_reported if {
	findings := policy.deny with input as lb({"drop_invalid_header_fields": false})
	count(findings) == 1
	some f in findings
	f.path == ["drop_invalid_header_fields"]
}

test_omitted_on_alb_reported if {
	count(policy.deny) == 1 with input as lb({})
	count(policy.deny) == 1 with input as lb({"load_balancer_type": "application"})
}

test_enabled_other_types_and_unresolved_pass if {
	count(policy.deny) == 0 with input as lb({"drop_invalid_header_fields": true})
	count(policy.deny) == 0 with input as lb({"load_balancer_type": "network"})
	count(policy.deny) == 0 with input as lb({"load_balancer_type": "gateway"})
	count(policy.deny) == 0 with input as lb({"drop_invalid_header_fields": "${var.drop_headers}"})
	count(policy.deny) == 0 with input as lb({"load_balancer_type": "${var.lb_type}"})
}

test_fix_drops_invalid_headers if {
	every values in [{"drop_invalid_header_fields": false}, {}, {"load_balancer_type": "application"}] {
		findings := policy.deny with input as lb(values)
		{f.fix | some f in findings} == {[{"set": ["drop_invalid_header_fields"], "value": true}]}
	}
}
