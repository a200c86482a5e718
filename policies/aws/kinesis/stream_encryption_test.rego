package srm.aws.kinesis.stream_encryption_test

import data.srm.aws.kinesis.stream_encryption as policy

stream(values) := {"format": "terraform", "module": ".", "resources": {"aws_kinesis_stream": [{
	"address": "aws_kinesis_stream.clicks", "type": "aws_kinesis_stream", "name": "clicks", "mode": "managed", "file": "main.tf",
	"values": object.union({"name": "clicks", "retention_period": 24}, values), "references": {},
}]}}

test_unencrypted_is_reported if {
	findings := policy.deny with input as stream({"encryption_type": "NONE"})
	{f.path | some f in findings} == {["encryption_type"]}
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as stream({})
}

test_kms_and_unresolved_pass if {
	count(policy.deny) == 0 with input as stream({"encryption_type": "KMS", "kms_key_id": "alias/aws/kinesis"})
	count(policy.deny) == 0 with input as stream({"encryption_type": "${var.encryption_type}"})
	count(policy.unknown) == 1 with input as stream({"encryption_type": "${var.encryption_type}"})
	count(policy.unknown) == 0 with input as stream({"encryption_type": "KMS"})
}

test_fix_encrypts_with_the_aws_managed_key if {
	every values in [{"encryption_type": "NONE"}, {}, {"encryption_type": "none", "kms_key_id": ""}] {
		findings := policy.deny with input as stream(values)
		{f.fix | some f in findings} == {[
			{"set": ["encryption_type"], "value": "KMS"},
			{"set": ["kms_key_id"], "value": "alias/aws/kinesis"},
		]}
	}
}

test_fix_keeps_a_named_key if {
	every key in ["${aws_kms_key.stream.arn}", "alias/streams"] {
		findings := policy.deny with input as stream({"encryption_type": "NONE", "kms_key_id": key})
		{f.fix | some f in findings} == {[{"set": ["encryption_type"], "value": "KMS"}]}
	}
}
