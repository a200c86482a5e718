package srm.aws.apigateway.stage_xray_tracing_test

import data.srm.aws.apigateway.stage_xray_tracing as policy

stage(values) := {"format": "terraform", "module": ".", "resources": {"aws_api_gateway_stage": [{
	"address": "aws_api_gateway_stage.prod", "type": "aws_api_gateway_stage", "name": "prod",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"stage_name": "prod", "rest_api_id": "${aws_api_gateway_rest_api.api.id}"}, values),
}]}}

test_disabled_tracing_reported if {
	findings := policy.deny with input as stage({"xray_tracing_enabled": false})
	count(findings) == 1
	some f in findings
	f.path == ["xray_tracing_enabled"]
}

test_omitted_tracing_reported if {
	count(policy.deny) == 1 with input as stage({})
}

test_enabled_or_unresolved_passes if {
	count(policy.deny) == 0 with input as stage({"xray_tracing_enabled": true})
	count(policy.deny) == 0 with input as stage({"xray_tracing_enabled": "${var.tracing}"})
}
