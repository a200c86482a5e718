package srm.aws.inspector.enabler_coverage_test

import data.srm.aws.inspector.enabler_coverage as policy

enabler(types) := {"format": "terraform", "module": ".", "resources": {"aws_inspector2_enabler": [{
	"address": "aws_inspector2_enabler.this", "type": "aws_inspector2_enabler", "name": "this", "mode": "managed", "file": "main.tf",
	"values": {"account_ids": ["111122223333"], "resource_types": types}, "references": {},
}]}}

test_missing_types_are_reported if {
	findings := policy.deny with input as enabler(["ECR"])
	{f.path | some f in findings} == {["resource_types"]}
	count(policy.deny) == 1 with input as enabler(["EC2", "ECR"])
	count(policy.deny) == 1 with input as enabler(["LAMBDA", "LAMBDA_CODE"])
}

test_full_coverage_passes if {
	count(policy.deny) == 0 with input as enabler(["EC2", "ECR", "LAMBDA"])
	count(policy.deny) == 0 with input as enabler(["EC2", "ECR", "LAMBDA", "LAMBDA_CODE", "CODE_REPOSITORY"])
}

test_unresolved_is_unknown_not_reported if {
	count(policy.deny) == 0 with input as enabler("${var.resource_types}")
	count(policy.deny) == 0 with input as enabler(["EC2", "${var.extra_type}"])
	count(policy.unknown) == 1 with input as enabler("${var.resource_types}")
	count(policy.unknown) == 1 with input as enabler(["EC2", "${var.extra_type}"])
	count(policy.unknown) == 0 with input as enabler(["EC2"])
}
