package srm.aws.waf.web_acl_logging_test

import data.srm.aws.waf.web_acl_logging as policy

acl(name) := {
	"address": sprintf("aws_wafv2_web_acl.%s", [name]), "type": "aws_wafv2_web_acl", "name": name,
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": name, "scope": "REGIONAL", "default_action": [{"allow": [{}]}]},
}

logging(target, refs) := {
	"address": "aws_wafv2_web_acl_logging_configuration.l", "type": "aws_wafv2_web_acl_logging_configuration", "name": "l",
	"mode": "managed", "file": "main.tf", "references": {"resource_arn": refs},
	"values": {"resource_arn": target, "log_destination_configs": ["${aws_cloudwatch_log_group.waf.arn}"]},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_acl_without_logging_reported if {
	findings := policy.deny with input as doc({"aws_wafv2_web_acl": [acl("edge")]})
	count(findings) == 1
	some f in findings
	f.resource == "aws_wafv2_web_acl.edge"
	f.path == []
}

test_logging_of_another_acl_does_not_count if {
	findings := policy.deny with input as doc({
		"aws_wafv2_web_acl": [acl("edge"), acl("api")],
		"aws_wafv2_web_acl_logging_configuration": [logging("${aws_wafv2_web_acl.api.arn}", ["aws_wafv2_web_acl.api"])],
	})
	{f.resource | some f in findings} == {"aws_wafv2_web_acl.edge"}
}

test_logged_acl_passes if {
	d := doc({
		"aws_wafv2_web_acl": [acl("edge")],
		"aws_wafv2_web_acl_logging_configuration": [logging("${aws_wafv2_web_acl.edge.arn}", ["aws_wafv2_web_acl.edge"])],
	})
	count(policy.deny) == 0 with input as d
	policy.applies == {"aws_wafv2_web_acl.edge"} with input as d
}

test_unknown_logging_target_not_judged if {
	d := doc({
		"aws_wafv2_web_acl": [acl("edge")],
		"aws_wafv2_web_acl_logging_configuration": [logging("${var.web_acl_arn}", ["var.web_acl_arn"])],
	})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "aws_wafv2_web_acl.edge", "path": []}} with input as d
}
