package srm.aws.cloudtrail.cloudwatch_integration_test

import data.srm.aws.cloudtrail.cloudwatch_integration as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_cloudtrail": [{
	"address": "aws_cloudtrail.main", "type": "aws_cloudtrail", "name": "main",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "main", "s3_bucket_name": "trail-logs"}, values), "references": {},
}]}}

test_missing_log_group_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["cloud_watch_logs_group_arn"]}
	count(policy.deny) == 1 with input as doc({"cloud_watch_logs_group_arn": ""})
}

test_log_group_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"cloud_watch_logs_group_arn": "${aws_cloudwatch_log_group.trail.arn}:*", "cloud_watch_logs_role_arn": "${aws_iam_role.trail.arn}"})
	count(policy.deny) == 0 with input as doc({"cloud_watch_logs_group_arn": "${var.log_group_arn}"})
}
