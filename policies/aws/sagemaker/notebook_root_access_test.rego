package srm.aws.sagemaker.notebook_root_access_test

import data.srm.aws.sagemaker.notebook_root_access as policy

notebook(values) := {"format": "terraform", "module": ".", "resources": {"aws_sagemaker_notebook_instance": [{
	"address": "aws_sagemaker_notebook_instance.research", "type": "aws_sagemaker_notebook_instance", "name": "research",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "research", "role_arn": "${aws_iam_role.notebook.arn}", "instance_type": "ml.t3.medium"}, values),
}]}}

test_enabled_reported if {
	findings := policy.deny with input as notebook({"root_access": "Enabled"})
	count(findings) == 1
	some f in findings
	f.path == ["root_access"]
}

test_omitted_reported if {
	findings := policy.deny with input as notebook({})
	count(findings) == 1
	some f in findings
	contains(f.msg, "default Enabled")
}

test_disabled_passes if {
	count(policy.deny) == 0 with input as notebook({"root_access": "Disabled"})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as notebook({"root_access": "${var.root_access}"})
	policy.unknown == {{"resource": "aws_sagemaker_notebook_instance.research", "path": ["root_access"]}} with input as notebook({"root_access": "${var.root_access}"})
	count(policy.unknown) == 0 with input as notebook({"root_access": "Disabled"})
}

test_fix_disables_root_access if {
	every values in [{"root_access": "Enabled"}, {"root_access": "enabled"}, {}] {
		findings := policy.deny with input as notebook(values)
		{f.fix | some f in findings} == {[{"set": ["root_access"], "value": "Disabled"}]}
	}
}
