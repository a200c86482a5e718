package srm.aws.rds.storage_encryption_test

import data.srm.aws.rds.storage_encryption as policy

res(type, name, values) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

db(values) := doc({"aws_db_instance": [res("aws_db_instance", "main", object.union({"engine": "postgres", "instance_class": "db.t4g.micro"}, values))]})

cluster(values) := doc({"aws_rds_cluster": [res("aws_rds_cluster", "main", object.union({"engine": "aurora-postgresql"}, values))]})

test_encrypted_databases_pass if {
	count(policy.deny) == 0 with input as db({"storage_encrypted": true})
	count(policy.deny) == 0 with input as db({"storage_encrypted": "${var.encrypted}"})
	count(policy.deny) == 0 with input as db({"replicate_source_db": "${aws_db_instance.primary.identifier}"})
	count(policy.deny) == 0 with input as cluster({"storage_encrypted": true})
	count(policy.deny) == 0 with input as cluster({"engine_mode": "serverless"})
	count(policy.deny) == 0 with input as cluster({"engine_mode": "${var.engine_mode}", "storage_encrypted": false})
}

test_unencrypted_instance_reported if {
	findings := policy.deny with input as db({"storage_encrypted": false})
	count(findings) == 1
	some f in findings
	f.resource == "aws_db_instance.main"
	f.path == ["storage_encrypted"]
}

test_omitted_attribute_reported if {
	count(policy.deny) == 1 with input as db({})
	count(policy.deny) == 1 with input as cluster({})
	count(policy.deny) == 1 with input as cluster({"engine_mode": "provisioned"})
}

test_fix_encrypts_the_storage if {
	every d in [db({"storage_encrypted": false}), db({}), cluster({}), cluster({"engine_mode": "provisioned", "storage_encrypted": "false"})] {
		findings := policy.deny with input as d
		{f.fix | some f in findings} == {[{"set": ["storage_encrypted"], "value": true}]}
	}
}
