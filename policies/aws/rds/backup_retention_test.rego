package srm.aws.rds.backup_retention_test

import data.srm.aws.rds.backup_retention as policy

res(type, name, values) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

db(values) := doc({"aws_db_instance": [res("aws_db_instance", "main", object.union({"engine": "postgres", "instance_class": "db.t4g.micro"}, values))]})

cluster(values) := doc({"aws_rds_cluster": [res("aws_rds_cluster", "main", object.union({"engine": "aurora-mysql"}, values))]})

test_long_enough_retention_passes if {
	count(policy.deny) == 0 with input as db({"backup_retention_period": 7})
	count(policy.deny) == 0 with input as db({"backup_retention_period": "35"})
	count(policy.deny) == 0 with input as db({"backup_retention_period": "${var.retention}"})
	count(policy.deny) == 0 with input as db({"replicate_source_db": "${aws_db_instance.primary.identifier}"})
	count(policy.deny) == 0 with input as cluster({"backup_retention_period": 14})
}

test_short_retention_reported if {
	findings := policy.deny with input as db({"backup_retention_period": 0})
	count(findings) == 1
	some f in findings
	f.resource == "aws_db_instance.main"
	f.path == ["backup_retention_period"]
	count(policy.deny) == 1 with input as cluster({"backup_retention_period": "3"})
}

test_omitted_retention_reported if {
	count(policy.deny) == 1 with input as db({})
	count(policy.deny) == 1 with input as cluster({})
}

test_fix_sets_the_minimum_retention if {
	every d in [db({"backup_retention_period": 0}), db({}), cluster({"backup_retention_period": "3"}), cluster({})] {
		findings := policy.deny with input as d
		{f.fix | some f in findings} == {[{"set": ["backup_retention_period"], "value": 7}]}
	}
}
