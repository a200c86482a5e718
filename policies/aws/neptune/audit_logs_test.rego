package srm.aws.neptune.audit_logs_test

import data.srm.aws.neptune.audit_logs as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_neptune_cluster": [{
	"address": "aws_neptune_cluster.g", "type": "aws_neptune_cluster", "name": "g", "mode": "managed", "file": "main.tf",
	"values": object.union({"cluster_identifier": "g", "engine": "neptune"}, values), "references": {},
}]}}

test_missing_audit_is_reported if {
	findings := policy.deny with input as cluster({"enable_cloudwatch_logs_exports": ["slowquery"]})
	{[f.resource, f.path] | some f in findings} == {["aws_neptune_cluster.g", ["enable_cloudwatch_logs_exports"]]}
	count(policy.deny) == 1 with input as cluster({"enable_cloudwatch_logs_exports": []})
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as cluster({})
	count(policy.deny) == 1 with input as cluster({"enable_cloudwatch_logs_exports": null})
}

test_audit_exported_and_unresolved_pass if {
	count(policy.deny) == 0 with input as cluster({"enable_cloudwatch_logs_exports": ["audit", "slowquery"]})
	count(policy.deny) == 0 with input as cluster({"enable_cloudwatch_logs_exports": "${var.log_exports}"})
	count(policy.deny) == 0 with input as cluster({"enable_cloudwatch_logs_exports": ["${var.log_type}"]})
}

test_fix_exports_the_audit_log if {
	missing := policy.deny with input as cluster({})
	{f.fix | some f in missing} == {[{"set": ["enable_cloudwatch_logs_exports"], "value": ["audit"]}]}
	null_value := policy.deny with input as cluster({"enable_cloudwatch_logs_exports": null})
	{f.fix | some f in null_value} == {[{"set": ["enable_cloudwatch_logs_exports"], "value": ["audit"]}]}
	other := policy.deny with input as cluster({"enable_cloudwatch_logs_exports": ["slowquery"]})
	{f.fix | some f in other} == {[{"append": ["enable_cloudwatch_logs_exports"], "value": "audit"}]}
	empty := policy.deny with input as cluster({"enable_cloudwatch_logs_exports": []})
	{f.fix | some f in empty} == {[{"append": ["enable_cloudwatch_logs_exports"], "value": "audit"}]}
}
