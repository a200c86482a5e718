package srm.aws.waf.api_stage_without_waf_test

import data.srm.aws.waf.api_stage_without_waf as policy

api(types) := {
	"address": "aws_api_gateway_rest_api.orders", "type": "aws_api_gateway_rest_api", "name": "orders",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "orders", "endpoint_configuration": [{"types": types}]},
}

stage := {
	"address": "aws_api_gateway_stage.prod", "type": "aws_api_gateway_stage", "name": "prod",
	"mode": "managed", "file": "main.tf", "references": {"rest_api_id": ["aws_api_gateway_rest_api.orders"]},
	"values": {"stage_name": "prod", "rest_api_id": "${aws_api_gateway_rest_api.orders.id}", "deployment_id": "${aws_api_gateway_deployment.orders.id}"},
}

association(target, refs) := {
	"address": "aws_wafv2_web_acl_association.a", "type": "aws_wafv2_web_acl_association", "name": "a",
	"mode": "managed", "file": "main.tf", "references": {"resource_arn": refs},
	"values": {"resource_arn": target, "web_acl_arn": "${aws_wafv2_web_acl.regional.arn}"},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_regional_stage_without_waf_reported if {
	findings := policy.deny with input as doc({"aws_api_gateway_rest_api": [api(["REGIONAL"])], "aws_api_gateway_stage": [stage]})
	count(findings) == 1
	some f in findings
	f.resource == "aws_api_gateway_stage.prod"
	f.path == []
}

test_stage_of_unknown_api_reported if {
	count(policy.deny) == 1 with input as doc({"aws_api_gateway_stage": [stage]})
}

test_associated_stage_passes if {
	count(policy.deny) == 0 with input as doc({
		"aws_api_gateway_stage": [stage],
		"aws_wafv2_web_acl_association": [association("${aws_api_gateway_stage.prod.arn}", ["aws_api_gateway_stage.prod"])],
	})
}

test_private_api_does_not_apply if {
	d := doc({"aws_api_gateway_rest_api": [api(["PRIVATE"])], "aws_api_gateway_stage": [stage]})
	count(policy.deny) == 0 with input as d
	count(policy.applies) == 0 with input as d
	policy.applies == {"aws_api_gateway_stage.prod"} with input as doc({"aws_api_gateway_rest_api": [api(["EDGE"])], "aws_api_gateway_stage": [stage]})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as doc({"aws_api_gateway_rest_api": [api("${var.endpoint_types}")], "aws_api_gateway_stage": [stage]})
	policy.unknown == {{"resource": "aws_api_gateway_stage.prod", "path": []}} with input as doc({"aws_api_gateway_rest_api": [api("${var.endpoint_types}")], "aws_api_gateway_stage": [stage]})
	d := doc({
		"aws_api_gateway_stage": [stage],
		"aws_wafv2_web_acl_association": [association("${var.stage_arn}", ["var.stage_arn"])],
	})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "aws_api_gateway_stage.prod", "path": []}} with input as d
}
