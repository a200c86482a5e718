package srm.aws.sns.topic_encryption_test

import data.srm.aws.sns.topic_encryption as policy

topic(values) := {"format": "terraform", "module": ".", "resources": {"aws_sns_topic": [{
	"address": "aws_sns_topic.orders", "type": "aws_sns_topic", "name": "orders",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "orders"}, values),
}]}}

test_unencrypted_topic_reported if {
	findings := policy.deny with input as topic({})
	count(findings) == 1
	some f in findings
	f.path == ["kms_master_key_id"]
	count(policy.deny) == 1 with input as topic({"kms_master_key_id": ""})
}

test_encrypted_topics_pass if {
	count(policy.deny) == 0 with input as topic({"kms_master_key_id": "alias/aws/sns"})
	count(policy.deny) == 0 with input as topic({"kms_master_key_id": "${aws_kms_key.sns.arn}"})
	count(policy.deny) == 0 with input as topic({"kms_master_key_id": "${var.kms_key}"})
}
