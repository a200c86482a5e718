package srm.aws.rds.log_exports_test

import data.srm.aws.rds.log_exports as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.db", [type]), "type": type, "name": "db",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_missing_or_empty_exports_are_reported if {
	every type in ["aws_db_instance", "aws_rds_cluster"] {
		findings := policy.deny with input as doc(type, {"engine": "postgres"})
		{f.path | some f in findings} == {["enabled_cloudwatch_logs_exports"]}
		count(policy.deny) == 1 with input as doc(type, {"enabled_cloudwatch_logs_exports": []})
	}
}

test_exports_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc("aws_db_instance", {"enabled_cloudwatch_logs_exports": ["postgresql", "upgrade"]})
	count(policy.deny) == 0 with input as doc("aws_rds_cluster", {"enabled_cloudwatch_logs_exports": "${var.log_types}"})
}

test_serverless_v1_is_not_judged if {
	count(policy.deny) == 0 with input as doc("aws_rds_cluster", {"engine": "aurora-mysql", "engine_mode": "serverless"})
}
