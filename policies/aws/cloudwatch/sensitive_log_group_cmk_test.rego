package srm.aws.cloudwatch.sensitive_log_group_cmk_test

import data.srm.aws.cloudwatch.sensitive_log_group_cmk as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_cloudwatch_log_group": [{
	"address": "aws_cloudwatch_log_group.app", "type": "aws_cloudwatch_log_group", "name": "app",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "/app/api"}, values), "references": {},
}]}}

test_sensitive_group_without_key_is_reported if {
	findings := policy.deny with input as doc({"tags": {"data-classification": "confidential"}})
	{f.path | some f in findings} == {["kms_key_id"]}
	count(policy.deny) == 1 with input as doc({"kms_key_id": "", "tags": {"DataClassification": "Restricted"}})
}

test_key_or_lower_classification_passes if {
	count(policy.deny) == 0 with input as doc({"kms_key_id": "${aws_kms_key.logs.arn}", "tags": {"data-classification": "confidential"}})
	count(policy.deny) == 0 with input as doc({"tags": {"data-classification": "internal"}})
	count(policy.deny) == 0 with input as doc({})
	count(policy.deny) == 0 with input as doc({"tags": "${local.tags}"})
}
