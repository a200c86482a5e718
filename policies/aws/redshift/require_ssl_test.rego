package srm.aws.redshift.require_ssl_test

import data.srm.aws.redshift.require_ssl as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_redshift_parameter_group": [{
	"address": "aws_redshift_parameter_group.dw", "type": "aws_redshift_parameter_group", "name": "dw",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "dw", "family": "redshift-1.0"}, values), "references": {},
}]}}

test_missing_parameter_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {[]}
	count(policy.deny) == 1 with input as doc({"parameter": [{"name": "enable_user_activity_logging", "value": "true"}]})
}

test_false_is_reported if {
	findings := policy.deny with input as doc({"parameter": [{"name": "enable_user_activity_logging", "value": "true"}, {"name": "require_ssl", "value": "false"}]})
	{f.path | some f in findings} == {["parameter", 1, "value"]}
}

test_true_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"parameter": [{"name": "require_ssl", "value": "true"}]})
	count(policy.deny) == 0 with input as doc({"parameter": [{"name": "require_ssl", "value": true}]})
	count(policy.deny) == 0 with input as doc({"parameter": [{"name": "require_ssl", "value": "${var.require_ssl}"}]})
	count(policy.deny) == 0 with input as doc({"parameter": [{"name": "${var.name}", "value": "true"}]})
	count(policy.deny) == 0 with input as doc({"parameter": [{"name": "${parameter.key}", "value": "${parameter.value}"}]})
}
