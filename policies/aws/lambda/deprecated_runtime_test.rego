package srm.aws.lambda.deprecated_runtime_test

import data.srm.aws.lambda.deprecated_runtime as policy

function(values) := {"format": "terraform", "module": ".", "resources": {"aws_lambda_function": [{
	"address": "aws_lambda_function.handler", "type": "aws_lambda_function", "name": "handler",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"function_name": "handler", "role": "arn:aws:iam::111122223333:role/lambda", "handler": "index.handler"}, values),
}]}}

test_deprecated_runtimes_reported if {
	findings := policy.deny with input as function({"runtime": "python3.8"})
	count(findings) == 1
	some f in findings
	f.path == ["runtime"]
	contains(f.msg, "2024-10-14")
	count(policy.deny) == 1 with input as function({"runtime": "go1.x"})
	count(policy.deny) == 1 with input as function({"runtime": "nodejs16.x"})
	count(policy.deny) == 1 with input as function({"runtime": "java8"})
}

test_supported_runtimes_pass if {
	count(policy.deny) == 0 with input as function({"runtime": "python3.13"})
	count(policy.deny) == 0 with input as function({"runtime": "nodejs22.x"})
	count(policy.deny) == 0 with input as function({"runtime": "java8.al2"})
	count(policy.deny) == 0 with input as function({"runtime": "provided.al2023"})
}

test_container_image_and_unresolved_not_judged if {
	count(policy.deny) == 0 with input as function({"package_type": "Image", "image_uri": "111122223333.dkr.ecr.eu-west-1.amazonaws.com/fn:1"})
	count(policy.deny) == 0 with input as function({"runtime": "${var.runtime}"})
}
