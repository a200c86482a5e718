package srm.aws.rds.deletion_protection_test

import data.srm.aws.rds.deletion_protection as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.db", [type]), "type": type, "name": "db",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_disabled_and_omitted_are_reported if {
	every type in ["aws_db_instance", "aws_rds_cluster"] {
		findings := policy.deny with input as doc(type, {"deletion_protection": false})
		{f.path | some f in findings} == {["deletion_protection"]}
		count(policy.deny) == 1 with input as doc(type, {"engine": "postgres"})
	}
}

test_enabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc("aws_db_instance", {"deletion_protection": true})
	count(policy.deny) == 0 with input as doc("aws_rds_cluster", {"deletion_protection": "${var.protect}"})
}

test_fix_sets_the_attribute_to_true if {
	every type in ["aws_db_instance", "aws_rds_cluster"] {
		every values in [{"deletion_protection": false}, {"engine": "postgres"}] {
			findings := policy.deny with input as doc(type, values)
			{f.fix | some f in findings} == {[{"set": ["deletion_protection"], "value": true}]}
		}
	}
}
