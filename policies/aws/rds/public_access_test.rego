package srm.aws.rds.public_access_test

import data.srm.aws.rds.public_access as policy

res(type, name, values) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

db(values) := doc({"aws_db_instance": [res("aws_db_instance", "main", object.union({"engine": "postgres", "instance_class": "db.t4g.micro"}, values))]})

test_private_instance_passes if {
	count(policy.deny) == 0 with input as db({})
	count(policy.deny) == 0 with input as db({"publicly_accessible": false})
	count(policy.deny) == 0 with input as db({"publicly_accessible": "${var.public}"})
}

test_public_instance_reported if {
	findings := policy.deny with input as db({"publicly_accessible": true})
	count(findings) == 1
	some f in findings
	f.resource == "aws_db_instance.main"
	f.path == ["publicly_accessible"]
}

test_public_cluster_instance_reported if {
	ci := res("aws_rds_cluster_instance", "writer", {"cluster_identifier": "${aws_rds_cluster.main.id}", "publicly_accessible": "true"})
	findings := policy.deny with input as doc({"aws_rds_cluster_instance": [ci]})
	{f.resource | some f in findings} == {"aws_rds_cluster_instance.writer"}
}

test_fix_makes_the_instance_private if {
	findings := policy.deny with input as db({"publicly_accessible": true})
	{f.fix | some f in findings} == {[{"set": ["publicly_accessible"], "value": false}]}
	members := policy.deny with input as doc({"aws_rds_cluster_instance": [res("aws_rds_cluster_instance", "w", {"publicly_accessible": "true"})]})
	{f.fix | some f in members} == {[{"set": ["publicly_accessible"], "value": false}]}
}
