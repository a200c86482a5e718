package srm.aws.rds.public_snapshot_test

import data.srm.aws.rds.public_snapshot as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.snap", [type]), "type": type, "name": "snap",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_public_snapshot_is_reported if {
	findings := policy.deny with input as doc("aws_db_snapshot", {"shared_accounts": ["111122223333", "all"]})
	{f.path | some f in findings} == {["shared_accounts", 1]}
	count(policy.deny) == 1 with input as doc("aws_db_cluster_snapshot", {"shared_accounts": ["all"]})
}

test_private_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc("aws_db_snapshot", {"shared_accounts": ["111122223333"]})
	count(policy.deny) == 0 with input as doc("aws_db_snapshot", {})
	count(policy.deny) == 0 with input as doc("aws_db_snapshot", {"shared_accounts": "${var.accounts}"})
	count(policy.deny) == 0 with input as doc("aws_db_snapshot", {"shared_accounts": ["${var.account}"]})
}
