package srm.aws.rds.enhanced_monitoring_test

import data.srm.aws.rds.enhanced_monitoring as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.db", [type]), "type": type, "name": "db",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_off_is_reported if {
	every type in ["aws_db_instance", "aws_rds_cluster_instance"] {
		findings := policy.deny with input as doc(type, {"monitoring_interval": 0})
		{f.path | some f in findings} == {["monitoring_interval"]}
		count(policy.deny) == 1 with input as doc(type, {})
		count(policy.deny) == 1 with input as doc(type, {"monitoring_interval": "0"})
	}
}

test_interval_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc("aws_db_instance", {"monitoring_interval": 60})
	count(policy.deny) == 0 with input as doc("aws_rds_cluster_instance", {"monitoring_interval": "${var.interval}"})
}
