package srm.aws.apigateway.method_without_authorization_test

import data.srm.aws.apigateway.method_without_authorization as policy

method(values) := {"format": "terraform", "module": ".", "resources": {"aws_api_gateway_method": [{
	"address": "aws_api_gateway_method.get", "type": "aws_api_gateway_method", "name": "get",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"rest_api_id": "${aws_api_gateway_rest_api.api.id}", "resource_id": "${aws_api_gateway_resource.r.id}"}, values),
}]}}

test_open_method_reported if {
	findings := policy.deny with input as method({"http_method": "GET", "authorization": "NONE"})
	count(findings) == 1
	some f in findings
	f.path == ["authorization"]
	count(policy.deny) == 1 with input as method({"http_method": "POST", "authorization": "NONE", "api_key_required": false})
}

test_options_and_authorized_methods_pass if {
	count(policy.deny) == 0 with input as method({"http_method": "OPTIONS", "authorization": "NONE"})
	count(policy.deny) == 0 with input as method({"http_method": "GET", "authorization": "AWS_IAM"})
	count(policy.deny) == 0 with input as method({"http_method": "GET", "authorization": "CUSTOM", "authorizer_id": "${aws_api_gateway_authorizer.a.id}"})
	count(policy.deny) == 0 with input as method({"http_method": "GET", "authorization": "NONE", "api_key_required": true})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as method({"http_method": "GET", "authorization": "${var.authorization}"})
	count(policy.deny) == 0 with input as method({"http_method": "${var.method}", "authorization": "NONE"})
	count(policy.deny) == 0 with input as method({"http_method": "GET", "authorization": "NONE", "api_key_required": "${var.require_key}"})
}
