package srm.aws.macie.discovery_paused_test

import data.srm.aws.macie.discovery_paused as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.this", [type]), "type": type, "name": "this", "mode": "managed", "file": "main.tf",
	"values": values, "references": {},
}]}}

job(values) := doc("aws_macie2_classification_job", object.union({"name": "pii-scan", "s3_job_definition": [{}]}, values))

test_paused_account_is_reported if {
	findings := policy.deny with input as doc("aws_macie2_account", {"status": "PAUSED"})
	{f.path | some f in findings} == {["status"]}
}

test_paused_or_cancelled_scheduled_job_is_reported if {
	findings := policy.deny with input as job({"job_type": "SCHEDULED", "job_status": "USER_PAUSED"})
	{f.path | some f in findings} == {["job_status"]}
	count(policy.deny) == 1 with input as job({"job_type": "SCHEDULED", "job_status": "CANCELLED"})
}

test_running_default_and_one_time_pass if {
	count(policy.deny) == 0 with input as doc("aws_macie2_account", {})
	count(policy.deny) == 0 with input as doc("aws_macie2_account", {"status": "ENABLED", "finding_publishing_frequency": "FIFTEEN_MINUTES"})
	count(policy.deny) == 0 with input as job({"job_type": "SCHEDULED", "job_status": "RUNNING"})
	count(policy.deny) == 0 with input as job({"job_type": "SCHEDULED"})
	count(policy.deny) == 0 with input as job({"job_type": "ONE_TIME", "job_status": "CANCELLED"})
}

test_unresolved_is_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc("aws_macie2_account", {"status": "${var.macie_status}"})
	count(policy.unknown) == 1 with input as doc("aws_macie2_account", {"status": "${var.macie_status}"})
	count(policy.unknown) == 1 with input as job({"job_type": "SCHEDULED", "job_status": "${var.job_status}"})
}
