package srm.aws.lambda.service_permission_source_test

import data.srm.aws.lambda.service_permission_source as policy

permission(values) := {"format": "terraform", "module": ".", "resources": {"aws_lambda_permission": [{
	"address": "aws_lambda_permission.invoke", "type": "aws_lambda_permission", "name": "invoke",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"statement_id": "AllowInvoke", "action": "lambda:InvokeFunction", "function_name": "fn"}, values),
}]}}

test_service_principal_without_source_reported if {
	findings := policy.deny with input as permission({"principal": "s3.amazonaws.com"})
	count(findings) == 1
	some f in findings
	f.path == ["principal"]
	count(policy.deny) == 1 with input as permission({"principal": "events.amazonaws.com"})
}

test_service_principal_with_source_passes if {
	count(policy.deny) == 0 with input as permission({"principal": "s3.amazonaws.com", "source_arn": "${aws_s3_bucket.uploads.arn}"})
	count(policy.deny) == 0 with input as permission({"principal": "sns.amazonaws.com", "source_account": "111122223333"})
}

test_other_principals_not_in_scope if {
	count(policy.deny) == 0 with input as permission({"principal": "111122223333"})
	count(policy.deny) == 0 with input as permission({"principal": "${var.principal}"})
}
