package srm.aws.apigateway.stage_access_logging_test

import data.srm.aws.apigateway.stage_access_logging as policy

stage(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.prod", [type]), "type": type, "name": "prod",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"stage_name": "prod"}, values),
}]}}

logs := {"access_log_settings": [{"destination_arn": "${aws_cloudwatch_log_group.api.arn}", "format": "$context.requestId"}]}

test_rest_stage_without_logs_reported if {
	findings := policy.deny with input as stage("aws_api_gateway_stage", {})
	count(findings) == 1
	some f in findings
	f.path == ["access_log_settings"]
}

test_http_stage_without_logs_reported if {
	count(policy.deny) == 1 with input as stage("aws_apigatewayv2_stage", {"name": "$default", "auto_deploy": true})
}

test_empty_destination_reported if {
	findings := policy.deny with input as stage("aws_api_gateway_stage", {"access_log_settings": [{"destination_arn": "", "format": "x"}]})
	some f in findings
	f.path == ["access_log_settings", 0, "destination_arn"]
}

test_stages_with_logs_pass if {
	count(policy.deny) == 0 with input as stage("aws_api_gateway_stage", logs)
	count(policy.deny) == 0 with input as stage("aws_apigatewayv2_stage", logs)
	count(policy.deny) == 0 with input as stage("aws_api_gateway_stage", {"access_log_settings": [{"destination_arn": "${var.log_group_arn}", "format": "x"}]})
}
