package srm.aws.securityhub.standards_enabled_test

import data.srm.aws.securityhub.standards_enabled as policy

res(type, name, values) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

account(values) := res("aws_securityhub_account", "this", values)

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_no_standard_is_reported if {
	findings := policy.deny with input as doc({"aws_securityhub_account": [account({"enable_default_standards": false})]})
	{[f.resource, f.path] | some f in findings} == {["aws_securityhub_account.this", ["enable_default_standards"]]}
}

test_default_standards_or_subscription_pass if {
	count(policy.deny) == 0 with input as doc({"aws_securityhub_account": [account({})]})
	count(policy.deny) == 0 with input as doc({"aws_securityhub_account": [account({"enable_default_standards": "${var.defaults}"})]})
	subscription := res("aws_securityhub_standards_subscription", "cis", {"standards_arn": "arn:aws:securityhub:eu-west-1::standards/cis-aws-foundations-benchmark/v/3.0.0"})
	count(policy.deny) == 0 with input as doc({"aws_securityhub_account": [account({"enable_default_standards": false})], "aws_securityhub_standards_subscription": [subscription]})
	central := res("aws_securityhub_configuration_policy", "org", {"name": "org"})
	count(policy.deny) == 0 with input as doc({"aws_securityhub_account": [account({"enable_default_standards": false})], "aws_securityhub_configuration_policy": [central]})
}
