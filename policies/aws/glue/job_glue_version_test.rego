package srm.aws.glue.job_glue_version_test

import data.srm.aws.glue.job_glue_version as policy

job(values) := {"format": "terraform", "module": ".", "resources": {"aws_glue_job": [{
	"address": "aws_glue_job.etl", "type": "aws_glue_job", "name": "etl",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "etl", "role_arn": "${aws_iam_role.glue.arn}", "command": [{"script_location": "s3://scripts/etl.py"}]}, values),
}]}}

test_end_of_life_versions_reported if {
	findings := policy.deny with input as job({"glue_version": "2.0"})
	count(findings) == 1
	some f in findings
	f.path == ["glue_version"]
	count(policy.deny) == 1 with input as job({"glue_version": "1.0", "command": [{"name": "pythonshell", "python_version": "3", "script_location": "s3://scripts/x.py"}]})
	count(policy.deny) == 1 with input as job({"glue_version": "0.9"})
}

test_supported_or_omitted_passes if {
	count(policy.deny) == 0 with input as job({"glue_version": "5.0"})
	count(policy.deny) == 0 with input as job({"glue_version": "3.0"})
	count(policy.deny) == 0 with input as job({})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as job({"glue_version": "${var.glue_version}"})
	policy.unknown == {{"resource": "aws_glue_job.etl", "path": ["glue_version"]}} with input as job({"glue_version": "${var.glue_version}"})
}
