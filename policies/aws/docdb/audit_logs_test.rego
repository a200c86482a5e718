package srm.aws.docdb.audit_logs_test

import data.srm.aws.docdb.audit_logs as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_docdb_cluster": [{
	"address": "aws_docdb_cluster.c", "type": "aws_docdb_cluster", "name": "c", "mode": "managed", "file": "main.tf",
	"values": object.union({"cluster_identifier": "c", "engine": "docdb"}, values), "references": {},
}]}}

test_missing_audit_is_reported if {
	findings := policy.deny with input as cluster({"enabled_cloudwatch_logs_exports": ["profiler"]})
	{[f.resource, f.path] | some f in findings} == {["aws_docdb_cluster.c", ["enabled_cloudwatch_logs_exports"]]}
	count(policy.deny) == 1 with input as cluster({"enabled_cloudwatch_logs_exports": []})
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as cluster({})
	count(policy.deny) == 1 with input as cluster({"enabled_cloudwatch_logs_exports": null})
}

test_audit_exported_and_unresolved_pass if {
	count(policy.deny) == 0 with input as cluster({"enabled_cloudwatch_logs_exports": ["audit", "profiler"]})
	count(policy.deny) == 0 with input as cluster({"enabled_cloudwatch_logs_exports": ["audit"]})
	count(policy.deny) == 0 with input as cluster({"enabled_cloudwatch_logs_exports": "${var.log_exports}"})
	count(policy.deny) == 0 with input as cluster({"enabled_cloudwatch_logs_exports": ["${var.log_type}"]})
}

test_fix_exports_the_audit_log if {
	missing := policy.deny with input as cluster({})
	{f.fix | some f in missing} == {[{"set": ["enabled_cloudwatch_logs_exports"], "value": ["audit"]}]}
	null_value := policy.deny with input as cluster({"enabled_cloudwatch_logs_exports": null})
	{f.fix | some f in null_value} == {[{"set": ["enabled_cloudwatch_logs_exports"], "value": ["audit"]}]}
	other := policy.deny with input as cluster({"enabled_cloudwatch_logs_exports": ["profiler"]})
	{f.fix | some f in other} == {[{"append": ["enabled_cloudwatch_logs_exports"], "value": "audit"}]}
	empty := policy.deny with input as cluster({"enabled_cloudwatch_logs_exports": []})
	{f.fix | some f in empty} == {[{"append": ["enabled_cloudwatch_logs_exports"], "value": "audit"}]}
}
