package srm.aws.eks.control_plane_logging_test

import data.srm.aws.eks.control_plane_logging as policy

cluster(extra) := {"format": "terraform", "module": ".", "resources": {"aws_eks_cluster": [{
	"address": "aws_eks_cluster.main", "type": "aws_eks_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "main", "vpc_config": [{"subnet_ids": ["subnet-1"]}]}, extra),
}]}}

test_omitted_log_types_reported if {
	findings := policy.deny with input as cluster({})
	count(findings) == 1
	some f in findings
	f.path == ["enabled_cluster_log_types"]
}

test_missing_audit_reported if {
	findings := policy.deny with input as cluster({"enabled_cluster_log_types": ["api", "authenticator"]})
	count(findings) == 1
	some f in findings
	contains(f.msg, "audit")
}

test_empty_list_reported if {
	count(policy.deny) == 1 with input as cluster({"enabled_cluster_log_types": []})
}

test_security_logs_enabled_pass if {
	count(policy.deny) == 0 with input as cluster({"enabled_cluster_log_types": ["api", "audit", "authenticator"]})
	count(policy.deny) == 0 with input as cluster({"enabled_cluster_log_types": ["api", "audit", "authenticator", "controllerManager", "scheduler"]})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as cluster({"enabled_cluster_log_types": "${var.log_types}"})
	count(policy.deny) == 0 with input as cluster({"enabled_cluster_log_types": ["api", "${var.extra}"]})
}

test_fix_enables_the_missing_log_types if {
	omitted := policy.deny with input as cluster({})
	{f.fix | some f in omitted} == {[{"set": ["enabled_cluster_log_types"], "value": ["api", "audit", "authenticator"]}]}
	partial := policy.deny with input as cluster({"enabled_cluster_log_types": ["scheduler", "api"]})
	{f.fix | some f in partial} == {[
		{"append": ["enabled_cluster_log_types"], "value": "audit"},
		{"append": ["enabled_cluster_log_types"], "value": "authenticator"},
	]}
}
