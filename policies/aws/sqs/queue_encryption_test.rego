package srm.aws.sqs.queue_encryption_test

import data.srm.aws.sqs.queue_encryption as policy

queue(values) := {"format": "terraform", "module": ".", "resources": {"aws_sqs_queue": [{
	"address": "aws_sqs_queue.q", "type": "aws_sqs_queue", "name": "q", "mode": "managed", "file": "main.tf",
	"values": object.union({"name": "q"}, values), "references": {},
}]}}

test_encrypted_queues_pass if {
	count(policy.deny) == 0 with input as queue({"sqs_managed_sse_enabled": true})
	count(policy.deny) == 0 with input as queue({"sqs_managed_sse_enabled": "${var.sse}"})
	count(policy.deny) == 0 with input as queue({"kms_master_key_id": "alias/aws/sqs"})
	count(policy.deny) == 0 with input as queue({"kms_master_key_id": "${aws_kms_key.q.arn}", "sqs_managed_sse_enabled": false})
}

test_sse_disabled_reported if {
	findings := policy.deny with input as queue({"sqs_managed_sse_enabled": false})
	{[f.resource, f.path] | some f in findings} == {["aws_sqs_queue.q", ["sqs_managed_sse_enabled"]]}
	count(policy.deny) == 1 with input as queue({"sqs_managed_sse_enabled": "false", "kms_master_key_id": ""})
}

test_no_encryption_setting_reported if {
	findings := policy.deny with input as queue({})
	{f.path | some f in findings} == {["sqs_managed_sse_enabled"]}
	count(policy.deny) == 1 with input as queue({"kms_master_key_id": null})
}

test_fix_turns_sqs_managed_encryption_on if {
	every values in [{"sqs_managed_sse_enabled": false}, {}, {"kms_master_key_id": ""}] {
		findings := policy.deny with input as queue(values)
		{f.fix | some f in findings} == {[{"set": ["sqs_managed_sse_enabled"], "value": true}]}
	}
}
