package srm.aws.lambda.xray_tracing_test

import data.srm.aws.lambda.xray_tracing as policy

function(values) := {"format": "terraform", "module": ".", "resources": {"aws_lambda_function": [{
	"address": "aws_lambda_function.handler", "type": "aws_lambda_function", "name": "handler",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"function_name": "handler", "runtime": "python3.13", "handler": "app.handler"}, values),
}]}}

test_missing_tracing_config_reported if {
	findings := policy.deny with input as function({})
	count(findings) == 1
	some f in findings
	f.path == ["tracing_config"]
}

test_pass_through_reported if {
	findings := policy.deny with input as function({"tracing_config": [{"mode": "PassThrough"}]})
	count(findings) == 1
	some f in findings
	f.path == ["tracing_config", 0, "mode"]
}

test_active_passes if {
	count(policy.deny) == 0 with input as function({"tracing_config": [{"mode": "Active"}]})
}

test_unresolved_mode_not_judged if {
	count(policy.deny) == 0 with input as function({"tracing_config": [{"mode": "${var.tracing_mode}"}]})
}
