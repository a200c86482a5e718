package srm.aws.redshift.user_activity_logging_test

import data.srm.aws.redshift.user_activity_logging as policy

group(parameters) := {"format": "terraform", "module": ".", "resources": {"aws_redshift_parameter_group": [{
	"address": "aws_redshift_parameter_group.dw", "type": "aws_redshift_parameter_group", "name": "dw",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "dw", "family": "redshift-2.0", "parameter": parameters},
}]}}

test_missing_parameter_reported if {
	findings := policy.deny with input as group([{"name": "require_ssl", "value": "true"}])
	count(findings) == 1
	some f in findings
	f.path == []
	count(policy.deny) == 1 with input as group([])
}

test_false_reported if {
	findings := policy.deny with input as group([{"name": "require_ssl", "value": "true"}, {"name": "enable_user_activity_logging", "value": "false"}])
	count(findings) == 1
	some f in findings
	f.path == ["parameter", 1, "value"]
}

test_true_passes if {
	count(policy.deny) == 0 with input as group([{"name": "enable_user_activity_logging", "value": "true"}])
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as group([{"name": "enable_user_activity_logging", "value": "${var.activity_logging}"}])
	count(policy.deny) == 0 with input as group([{"name": "${parameter.value.name}", "value": "${parameter.value.value}"}])
	policy.unknown == {{"resource": "aws_redshift_parameter_group.dw", "path": ["parameter", 0, "value"]}} with input as group([{"name": "enable_user_activity_logging", "value": "${var.activity_logging}"}])
}
