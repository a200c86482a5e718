package srm.aws.glue.job_security_configuration_test

import data.srm.aws.glue.job_security_configuration as policy

res(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.etl", [type]), "type": type, "name": "etl",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "etl", "role_arn": "${aws_iam_role.glue.arn}"}, values),
}]}}

test_job_without_configuration_reported if {
	findings := policy.deny with input as res("aws_glue_job", {"command": [{"script_location": "s3://scripts/etl.py"}]})
	count(findings) == 1
	some f in findings
	f.path == ["security_configuration"]
	contains(f.msg, "job")
}

test_crawler_without_configuration_reported if {
	some f in policy.deny with input as res("aws_glue_crawler", {"database_name": "raw"})
	contains(f.msg, "crawler")
}

test_configured_passes if {
	count(policy.deny) == 0 with input as res("aws_glue_job", {"security_configuration": "${aws_glue_security_configuration.etl.name}"})
	count(policy.deny) == 0 with input as res("aws_glue_crawler", {"security_configuration": "etl"})
}

test_unresolved_not_reported if {
	count(policy.deny) == 0 with input as res("aws_glue_job", {"security_configuration": "${var.security_configuration}"})
}
