package srm.aws.elb.access_logs_test

import data.srm.aws.elb.access_logs as policy

res(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.web", [type]), "type": type, "name": "web",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "web"}, values),
}]}}

test_missing_access_logs_reported if {
	findings := policy.deny with input as res("aws_lb", {})
	count(findings) == 1
	some f in findings
	f.path == ["access_logs"]
	count(policy.deny) == 1 with input as res("aws_lb", {"load_balancer_type": "network"})
	count(policy.deny) == 1 with input as res("aws_elb", {})
}

test_bucket_without_enabled_reported if {
	findings := policy.deny with input as res("aws_lb", {"access_logs": [{"bucket": "lb-logs"}]})
	count(findings) == 1
	some f in findings
	f.path == ["access_logs", 0, "enabled"]
	contains(f.msg, "default false")
	count(policy.deny) == 1 with input as res("aws_alb", {"access_logs": [{"bucket": "lb-logs", "enabled": false}]})
}

test_classic_disabled_reported if {
	count(policy.deny) == 1 with input as res("aws_elb", {"access_logs": [{"bucket": "lb-logs", "enabled": false}]})
}

test_enabled_logs_pass if {
	count(policy.deny) == 0 with input as res("aws_lb", {"access_logs": [{"bucket": "lb-logs", "enabled": true}]})
	count(policy.deny) == 0 with input as res("aws_lb", {"access_logs": [{"bucket": "lb-logs", "enabled": "${var.logs}"}]})
	count(policy.deny) == 0 with input as res("aws_elb", {"access_logs": [{"bucket": "lb-logs"}]})
	count(policy.deny) == 0 with input as res("aws_lb", {"load_balancer_type": "gateway"})
}
