package srm.aws.rds.iam_authentication_test

import data.srm.aws.rds.iam_authentication as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.db", [type]), "type": type, "name": "db",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_instance_without_iam_auth_is_reported if {
	findings := policy.deny with input as doc("aws_db_instance", {"engine": "postgres"})
	{f.path | some f in findings} == {["iam_database_authentication_enabled"]}
	count(policy.deny) == 1 with input as doc("aws_db_instance", {"engine": "mysql", "iam_database_authentication_enabled": false})
}

test_cluster_without_iam_auth_is_reported if {
	count(policy.deny) == 1 with input as doc("aws_rds_cluster", {"engine": "aurora-postgresql"})
	count(policy.deny) == 1 with input as doc("aws_rds_cluster", {"engine": "aurora-mysql", "iam_database_authentication_enabled": "false"})
	count(policy.deny) == 1 with input as doc("aws_rds_cluster", {})
}

test_enabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc("aws_db_instance", {"engine": "postgres", "iam_database_authentication_enabled": true})
	count(policy.deny) == 0 with input as doc("aws_rds_cluster", {"engine": "aurora-mysql", "iam_database_authentication_enabled": "${var.iam_auth}"})
}

test_unsupported_engines_are_not_judged if {
	count(policy.deny) == 0 with input as doc("aws_db_instance", {"engine": "oracle-ee"})
	count(policy.deny) == 0 with input as doc("aws_db_instance", {"engine": "sqlserver-se"})
	count(policy.deny) == 0 with input as doc("aws_db_instance", {"engine": "${var.engine}"})
	count(policy.deny) == 0 with input as doc("aws_rds_cluster", {"engine": "aurora-mysql", "engine_mode": "serverless"})
}

test_fix_turns_iam_authentication_on if {
	every d in [
		doc("aws_db_instance", {"engine": "postgres"}),
		doc("aws_db_instance", {"engine": "mysql", "iam_database_authentication_enabled": false}),
		doc("aws_rds_cluster", {"engine": "aurora-mysql", "iam_database_authentication_enabled": "false"}),
	] {
		findings := policy.deny with input as d
		{f.fix | some f in findings} == {[{"set": ["iam_database_authentication_enabled"], "value": true}]}
	}
}
