package srm.aws.kinesis.firehose_encryption_test

import data.srm.aws.kinesis.firehose_encryption as policy

stream(values) := {"format": "terraform", "module": ".", "resources": {"aws_kinesis_firehose_delivery_stream": [{
	"address": "aws_kinesis_firehose_delivery_stream.logs", "type": "aws_kinesis_firehose_delivery_stream", "name": "logs",
	"mode": "managed", "file": "main.tf",
	"values": object.union({"name": "logs", "destination": "extended_s3", "extended_s3_configuration": [{"bucket_arn": "arn:aws:s3:::logs"}]}, values),
	"references": {},
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as stream({"server_side_encryption": [{"enabled": false}]})
	{f.path | some f in findings} == {["server_side_encryption", 0, "enabled"]}
	count(policy.deny) == 1 with input as stream({"server_side_encryption": [{"key_type": "AWS_OWNED_CMK"}]})
}

test_omitted_is_reported if {
	findings := policy.deny with input as stream({})
	{f.path | some f in findings} == {["server_side_encryption"]}
}

test_enabled_sourced_and_unresolved_pass if {
	count(policy.deny) == 0 with input as stream({"server_side_encryption": [{"enabled": true, "key_type": "CUSTOMER_MANAGED_CMK", "key_arn": "arn:aws:kms:eu-west-1:111122223333:key/k"}]})
	count(policy.deny) == 0 with input as stream({"kinesis_source_configuration": [{"kinesis_stream_arn": "arn:aws:kinesis:eu-west-1:111122223333:stream/clicks", "role_arn": "arn:aws:iam::111122223333:role/firehose"}]})
	count(policy.deny) == 0 with input as stream({"msk_source_configuration": [{"msk_cluster_arn": "arn:aws:kafka:eu-west-1:111122223333:cluster/events/1"}]})
	count(policy.deny) == 0 with input as stream({"server_side_encryption": [{"enabled": "${var.sse}"}]})
}

test_applies_to_direct_put_streams_only if {
	policy.applies == {"aws_kinesis_firehose_delivery_stream.logs"} with input as stream({})
	count(policy.applies) == 0 with input as stream({"kinesis_source_configuration": [{"kinesis_stream_arn": "arn:aws:kinesis:eu-west-1:111122223333:stream/clicks"}]})
}

test_unresolved_is_unknown if {
	count(policy.unknown) == 1 with input as stream({"server_side_encryption": [{"enabled": "${var.sse}"}]})
	count(policy.unknown) == 0 with input as stream({"server_side_encryption": [{"enabled": true}]})
}

test_fix_turns_encryption_on if {
	every values in [{}, {"server_side_encryption": [{"enabled": false}]}, {"server_side_encryption": [{"key_type": "AWS_OWNED_CMK"}]}] {
		findings := policy.deny with input as stream(values)
		{f.fix | some f in findings} == {[{"set": ["server_side_encryption", 0, "enabled"], "value": true}]}
	}
}
