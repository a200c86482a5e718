package srm.aws.sns.subscription_http_test

import data.srm.aws.sns.subscription_http as policy

subscription(protocol, endpoint) := {"format": "terraform", "module": ".", "resources": {"aws_sns_topic_subscription": [{
	"address": "aws_sns_topic_subscription.hook", "type": "aws_sns_topic_subscription", "name": "hook",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"topic_arn": "${aws_sns_topic.alerts.arn}", "protocol": protocol, "endpoint": endpoint},
}]}}

test_http_reported if {
	findings := policy.deny with input as subscription("http", "http://hooks.example.com/sns")
	count(findings) == 1
	some f in findings
	f.path == ["protocol"]
	count(policy.deny) == 1 with input as subscription("http", "${var.endpoint}")
}

test_other_protocols_pass if {
	count(policy.deny) == 0 with input as subscription("https", "https://hooks.example.com/sns")
	count(policy.deny) == 0 with input as subscription("sqs", "${aws_sqs_queue.alerts.arn}")
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as subscription("${var.protocol}", "${var.endpoint}")
	policy.unknown == {{"resource": "aws_sns_topic_subscription.hook", "path": ["protocol"]}} with input as subscription("${var.protocol}", "${var.endpoint}")
	count(policy.unknown) == 0 with input as subscription("https", "https://hooks.example.com/sns")
}
