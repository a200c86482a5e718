package srm.aws.elb.deletion_protection_test

import data.srm.aws.elb.deletion_protection as policy

lb(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.web", [type]), "type": type, "name": "web",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "web"}, values),
}]}}

test_disabled_reported if {
	findings := policy.deny with input as lb("aws_lb", {"enable_deletion_protection": false})
	count(findings) == 1
	some f in findings
	f.path == ["enable_deletion_protection"]
}

test_omitted_reported if {
	count(policy.deny) == 1 with input as lb("aws_lb", {})
	count(policy.deny) == 1 with input as lb("aws_alb", {"load_balancer_type": "network"})
}

test_enabled_or_unresolved_passes if {
	count(policy.deny) == 0 with input as lb("aws_lb", {"enable_deletion_protection": true})
	count(policy.deny) == 0 with input as lb("aws_lb", {"enable_deletion_protection": "${var.protect}"})
}

test_fix_turns_deletion_protection_on if {
	every type in ["aws_lb", "aws_alb"] {
		every values in [{"enable_deletion_protection": false}, {}] {
			findings := policy.deny with input as lb(type, values)
			{f.fix | some f in findings} == {[{"set": ["enable_deletion_protection"], "value": true}]}
		}
	}
}
