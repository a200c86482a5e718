package srm.aws.eks.public_endpoint_test

import data.srm.aws.eks.public_endpoint as policy

cluster(vpc) := {"format": "terraform", "module": ".", "resources": {"aws_eks_cluster": [{
	"address": "aws_eks_cluster.main", "type": "aws_eks_cluster", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "main", "role_arn": "${aws_iam_role.eks.arn}", "vpc_config": [object.union({"subnet_ids": ["${aws_subnet.a.id}"]}, vpc)]},
}]}}

test_world_cidr_reported if {
	findings := policy.deny with input as cluster({"endpoint_public_access": true, "public_access_cidrs": ["10.0.0.0/8", "0.0.0.0/0"]})
	count(findings) == 1
	some f in findings
	f.path == ["vpc_config", 0, "public_access_cidrs", 1]
}

test_default_public_endpoint_reported if {
	findings := policy.deny with input as cluster({})
	count(findings) == 1
	some f in findings
	f.path == ["vpc_config", 0, "public_access_cidrs"]
}

test_explicit_public_without_cidrs_points_at_flag if {
	findings := policy.deny with input as cluster({"endpoint_public_access": true})
	some f in findings
	f.path == ["vpc_config", 0, "endpoint_public_access"]
}

test_private_or_restricted_passes if {
	count(policy.deny) == 0 with input as cluster({"endpoint_public_access": false, "endpoint_private_access": true})
	count(policy.deny) == 0 with input as cluster({"endpoint_public_access": true, "public_access_cidrs": ["203.0.113.0/24"]})
	count(policy.deny) == 0 with input as cluster({"public_access_cidrs": ["198.51.100.10/32"]})
}

test_unresolved_values_not_judged if {
	count(policy.deny) == 0 with input as cluster({"endpoint_public_access": "${var.public}"})
	count(policy.deny) == 0 with input as cluster({"public_access_cidrs": "${var.admin_cidrs}"})
	count(policy.deny) == 0 with input as cluster({"public_access_cidrs": ["${var.admin_cidr}"]})
}

test_empty_cidr_list_reported_like_absent if {
	findings := policy.deny with input as cluster({"endpoint_public_access": true, "public_access_cidrs": []})
	count(findings) == 1
	some f in findings
	f.path == ["vpc_config", 0, "public_access_cidrs"]
	contains(f.msg, "0.0.0.0/0")
	count(policy.deny) == 1 with input as cluster({"public_access_cidrs": []})
	count(policy.deny) == 0 with input as cluster({"endpoint_public_access": false, "public_access_cidrs": []})
}

test_fix_makes_the_endpoint_private if {
	every vpc in [{}, {"endpoint_public_access": true}, {"endpoint_public_access": "true", "public_access_cidrs": []}] {
		findings := policy.deny with input as cluster(vpc)
		{f.fix | some f in findings} == {[
			{"set": ["vpc_config", 0, "endpoint_public_access"], "value": false},
			{"set": ["vpc_config", 0, "endpoint_private_access"], "value": true},
		]}
	}
	findings := policy.deny with input as cluster({"endpoint_private_access": true, "endpoint_public_access": true, "public_access_cidrs": ["10.0.0.0/8", "0.0.0.0/0"]})
	{f.fix | some f in findings} == {[{"set": ["vpc_config", 0, "endpoint_public_access"], "value": false}]}
}
