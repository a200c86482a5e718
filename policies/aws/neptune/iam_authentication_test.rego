package srm.aws.neptune.iam_authentication_test

import data.srm.aws.neptune.iam_authentication as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_neptune_cluster": [{
	"address": "aws_neptune_cluster.graph", "type": "aws_neptune_cluster", "name": "graph", "mode": "managed", "file": "main.tf",
	"values": object.union({"cluster_identifier": "graph", "engine": "neptune"}, values), "references": {},
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as cluster({"iam_database_authentication_enabled": false})
	{f.path | some f in findings} == {["iam_database_authentication_enabled"]}
	count(policy.deny) == 1 with input as cluster({"iam_database_authentication_enabled": "false"})
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as cluster({})
}

test_enabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as cluster({"iam_database_authentication_enabled": true})
	count(policy.deny) == 0 with input as cluster({"iam_database_authentication_enabled": "${var.iam_auth}"})
	count(policy.unknown) == 1 with input as cluster({"iam_database_authentication_enabled": "${var.iam_auth}"})
	count(policy.unknown) == 0 with input as cluster({"iam_database_authentication_enabled": true})
}

test_fix_turns_iam_authentication_on if {
	every values in [{"iam_database_authentication_enabled": false}, {}] {
		findings := policy.deny with input as cluster(values)
		{f.fix | some f in findings} == {[{"set": ["iam_database_authentication_enabled"], "value": true}]}
	}
}
