package srm.aws.lambda.function_url_unauthenticated_test

import data.srm.aws.lambda.function_url_unauthenticated as policy

url(values) := {"format": "terraform", "module": ".", "resources": {"aws_lambda_function_url": [{
	"address": "aws_lambda_function_url.api", "type": "aws_lambda_function_url", "name": "api",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"function_name": "${aws_lambda_function.api.function_name}"}, values),
}]}}

test_auth_none_reported if {
	findings := policy.deny with input as url({"authorization_type": "NONE"})
	count(findings) == 1
	some f in findings
	f.path == ["authorization_type"]
}

test_iam_auth_passes if {
	count(policy.deny) == 0 with input as url({"authorization_type": "AWS_IAM"})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as url({"authorization_type": "${var.auth_type}"})
}

test_fix_requires_iam_authorization if {
	findings := policy.deny with input as url({"authorization_type": "none"})
	{f.fix | some f in findings} == {[{"set": ["authorization_type"], "value": "AWS_IAM"}]}
}
