package srm.aws.vpc.flow_logs_test

import data.srm.aws.vpc.flow_logs as policy

vpc(name) := {
	"address": sprintf("aws_vpc.%s", [name]), "type": "aws_vpc", "name": name,
	"mode": "managed", "file": "main.tf", "values": {"cidr_block": "10.0.0.0/16"}, "references": {},
}

flow_log(name, vpc_id, refs) := {
	"address": sprintf("aws_flow_log.%s", [name]), "type": "aws_flow_log", "name": name,
	"mode": "managed", "file": "main.tf",
	"values": {"vpc_id": vpc_id, "traffic_type": "ALL", "log_destination": "${aws_cloudwatch_log_group.flow.arn}"},
	"references": {"vpc_id": refs, "log_destination": ["aws_cloudwatch_log_group.flow"]},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_vpc_with_flow_log_passes if {
	count(policy.deny) == 0 with input as doc({
		"aws_vpc": [vpc("main")],
		"aws_flow_log": [flow_log("main", "${aws_vpc.main.id}", ["aws_vpc.main"])],
	})
}

test_vpc_without_flow_log_reported if {
	findings := policy.deny with input as doc({"aws_vpc": [vpc("main")]})
	count(findings) == 1
	some f in findings
	f.resource == "aws_vpc.main"
	f.path == []
}

test_flow_log_of_another_vpc_does_not_count if {
	findings := policy.deny with input as doc({
		"aws_vpc": [vpc("main"), vpc("shared")],
		"aws_flow_log": [
			flow_log("shared", "${aws_vpc.shared.id}", ["aws_vpc.shared"]),
			flow_log("other", "${var.vpc_id}", ["var.vpc_id"]),
		],
	})
	{f.resource | some f in findings} == {"aws_vpc.main"}
}
