package srm.aws.securityhub.organization_auto_enable_test

import data.srm.aws.securityhub.organization_auto_enable as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_securityhub_organization_configuration": [{
	"address": "aws_securityhub_organization_configuration.this", "type": "aws_securityhub_organization_configuration", "name": "this",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_auto_enable_off_is_reported if {
	findings := policy.deny with input as doc({"auto_enable": false})
	{f.path | some f in findings} == {["auto_enable"]}
	local := policy.deny with input as doc({"auto_enable": false, "organization_configuration": [{"configuration_type": "LOCAL"}]})
	count(local) == 1
}

test_no_standards_is_reported if {
	findings := policy.deny with input as doc({"auto_enable": true, "auto_enable_standards": "NONE"})
	{f.path | some f in findings} == {["auto_enable_standards"]}
}

test_enabled_central_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"auto_enable": true})
	count(policy.deny) == 0 with input as doc({"auto_enable": true, "auto_enable_standards": "DEFAULT"})
	count(policy.deny) == 0 with input as doc({"auto_enable": "${var.auto_enable}"})
	count(policy.deny) == 0 with input as doc({"auto_enable": false, "auto_enable_standards": "NONE", "organization_configuration": [{"configuration_type": "CENTRAL"}]})
	count(policy.deny) == 0 with input as doc({"auto_enable": false, "organization_configuration": [{"configuration_type": "${var.type}"}]})
}
