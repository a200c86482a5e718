package srm.aws.inspector.organization_auto_enable_test

import data.srm.aws.inspector.organization_auto_enable as policy

configuration(auto) := {"format": "terraform", "module": ".", "resources": {"aws_inspector2_organization_configuration": [{
	"address": "aws_inspector2_organization_configuration.this", "type": "aws_inspector2_organization_configuration", "name": "this",
	"mode": "managed", "file": "main.tf", "values": {"auto_enable": [auto]}, "references": {},
}]}}

test_disabled_workloads_are_reported if {
	findings := policy.deny with input as configuration({"ec2": true, "ecr": false, "lambda": true})
	{f.path | some f in findings} == {["auto_enable", 0, "ecr"]}
	count(policy.deny) == 2 with input as configuration({"ec2": "false", "ecr": true, "lambda": false})
}

test_omitted_lambda_is_reported if {
	findings := policy.deny with input as configuration({"ec2": true, "ecr": true})
	{f.path | some f in findings} == {["auto_enable", 0, "lambda"]}
}

test_all_enabled_passes if {
	count(policy.deny) == 0 with input as configuration({"ec2": true, "ecr": true, "lambda": true, "lambda_code": true})
}

test_unresolved_is_unknown_not_reported if {
	d := configuration({"ec2": "${var.ec2}", "ecr": true, "lambda": true})
	count(policy.deny) == 0 with input as d
	{u.path | some u in policy.unknown} == {["auto_enable", 0, "ec2"]} with input as d
}
