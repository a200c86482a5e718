package srm.aws.redshift.encryption_test

import data.srm.aws.redshift.encryption as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_redshift_cluster": [{
	"address": "aws_redshift_cluster.dw", "type": "aws_redshift_cluster", "name": "dw",
	"mode": "managed", "file": "main.tf", "values": object.union({"cluster_identifier": "dw", "node_type": "ra3.xlplus"}, values), "references": {},
}]}}

test_unencrypted_is_reported if {
	findings := policy.deny with input as doc({"encrypted": false})
	{f.path | some f in findings} == {["encrypted"]}
	count(policy.deny) == 1 with input as doc({"encrypted": "false"})
}

test_encrypted_default_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"encrypted": true})
	count(policy.deny) == 0 with input as doc({})
	count(policy.deny) == 0 with input as doc({"encrypted": "${var.encrypted}"})
}

test_fix_encrypts_the_cluster if {
	findings := policy.deny with input as doc({"encrypted": "false"})
	{f.fix | some f in findings} == {[{"set": ["encrypted"], "value": true}]}
}
