package srm.aws.eks.outdated_version_test

import data.srm.aws.eks.outdated_version as policy

cluster(extra) := {"format": "terraform", "module": ".", "resources": {"aws_eks_cluster": [{
	"address": "aws_eks_cluster.main", "type": "aws_eks_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "main", "vpc_config": [{"subnet_ids": ["subnet-1"]}]}, extra),
}]}}

test_unsupported_version_reported if {
	findings := policy.deny with input as cluster({"version": "1.27"})
	count(findings) == 1
	some f in findings
	f.path == ["version"]
	contains(f.msg, "extended support (at extra cost) on 2025-07-24")
}

test_extended_support_version_reported if {
	findings := policy.deny with input as cluster({"version": "1.32"})
	some f in findings
	contains(f.msg, "paid extended support until 2027-03-23")
}

test_ancient_version_reported if {
	findings := policy.deny with input as cluster({"version": "1.18"})
	some f in findings
	contains(f.msg, "for years")
}

test_current_or_omitted_version_passes if {
	count(policy.deny) == 0 with input as cluster({"version": "1.34"})
	count(policy.deny) == 0 with input as cluster({"version": "1.35"})
	count(policy.deny) == 0 with input as cluster({})
}

test_unresolved_version_not_judged if {
	count(policy.deny) == 0 with input as cluster({"version": "${var.kubernetes_version}"})
}
