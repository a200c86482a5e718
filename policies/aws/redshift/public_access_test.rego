package srm.aws.redshift.public_access_test

import data.srm.aws.redshift.public_access as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_redshift_cluster": [{
	"address": "aws_redshift_cluster.dw", "type": "aws_redshift_cluster", "name": "dw",
	"mode": "managed", "file": "main.tf", "values": object.union({"cluster_identifier": "dw", "node_type": "ra3.xlplus"}, values), "references": {},
}]}}

test_public_is_reported if {
	findings := policy.deny with input as doc({"publicly_accessible": true})
	{f.path | some f in findings} == {["publicly_accessible"]}
	count(policy.deny) == 1 with input as doc({"publicly_accessible": "true"})
}

test_private_default_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"publicly_accessible": false})
	count(policy.deny) == 0 with input as doc({})
	count(policy.deny) == 0 with input as doc({"publicly_accessible": "${var.public}"})
}

test_fix_makes_the_cluster_private if {
	findings := policy.deny with input as doc({"publicly_accessible": true})
	{f.fix | some f in findings} == {[{"set": ["publicly_accessible"], "value": false}]}
}
