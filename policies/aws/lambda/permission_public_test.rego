package srm.aws.lambda.permission_public_test

import data.srm.aws.lambda.permission_public as policy

permission(values) := {"format": "terraform", "module": ".", "resources": {"aws_lambda_permission": [{
	"address": "aws_lambda_permission.invoke", "type": "aws_lambda_permission", "name": "invoke",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"statement_id": "AllowInvoke", "action": "lambda:InvokeFunction", "function_name": "${aws_lambda_function.fn.function_name}"}, values),
}]}}

test_public_permission_reported if {
	findings := policy.deny with input as permission({"principal": "*"})
	count(findings) == 1
	some f in findings
	f.path == ["principal"]
}

test_public_function_url_permission_reported if {
	count(policy.deny) == 1 with input as permission({"principal": "*", "action": "lambda:InvokeFunctionUrl", "function_url_auth_type": "NONE"})
}

test_restricted_permissions_pass if {
	count(policy.deny) == 0 with input as permission({"principal": "*", "principal_org_id": "o-abc123"})
	count(policy.deny) == 0 with input as permission({"principal": "*", "source_account": "111122223333"})
	count(policy.deny) == 0 with input as permission({"principal": "*", "source_arn": "${aws_s3_bucket.b.arn}"})
	count(policy.deny) == 0 with input as permission({"principal": "s3.amazonaws.com", "source_arn": "${aws_s3_bucket.b.arn}"})
	count(policy.deny) == 0 with input as permission({"principal": "111122223333"})
}

test_unresolved_principal_not_judged if {
	count(policy.deny) == 0 with input as permission({"principal": "${var.principal}"})
}
