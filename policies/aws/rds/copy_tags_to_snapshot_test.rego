package srm.aws.rds.copy_tags_to_snapshot_test

import data.srm.aws.rds.copy_tags_to_snapshot as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.db", [type]), "type": type, "name": "db",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_disabled_and_omitted_are_reported if {
	every type in ["aws_db_instance", "aws_rds_cluster"] {
		findings := policy.deny with input as doc(type, {"copy_tags_to_snapshot": false})
		{f.path | some f in findings} == {["copy_tags_to_snapshot"]}
		count(policy.deny) == 1 with input as doc(type, {"engine": "postgres"})
	}
}

test_enabled_unresolved_and_aurora_instances_pass if {
	count(policy.deny) == 0 with input as doc("aws_db_instance", {"copy_tags_to_snapshot": true})
	count(policy.deny) == 0 with input as doc("aws_rds_cluster", {"copy_tags_to_snapshot": "${var.copy_tags}"})
	count(policy.deny) == 0 with input as doc("aws_db_instance", {"engine": "aurora-postgresql"})
}

test_fix_sets_the_attribute_to_true if {
	every type in ["aws_db_instance", "aws_rds_cluster"] {
		every values in [{"copy_tags_to_snapshot": false}, {"engine": "postgres"}] {
			findings := policy.deny with input as doc(type, values)
			{f.fix | some f in findings} == {[{"set": ["copy_tags_to_snapshot"], "value": true}]}
		}
	}
}
