package srm.aws.sns.topic_policy_public_test

import data.srm.aws.sns.topic_policy_public as policy

res(type, name, values, refs) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "references": refs, "values": values,
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

statement(extra) := object.union({"Effect": "Allow", "Principal": "*", "Action": "SNS:Publish", "Resource": "*"}, extra)

topic_policy(statement) := res("aws_sns_topic_policy", "orders", {"arn": "${aws_sns_topic.orders.arn}", "policy": {"Version": "2012-10-17", "Statement": [statement]}}, {})

test_public_statement_reported if {
	findings := policy.deny with input as doc({"aws_sns_topic_policy": [topic_policy(statement({}))]})
	count(findings) == 1
	some f in findings
	f.path == ["policy", "Statement", 0, "Principal"]
}

test_aws_wildcard_principal_on_topic_reported if {
	topic := res("aws_sns_topic", "orders", {"name": "orders", "policy": {"Statement": [statement({"Principal": {"AWS": ["*"]}, "Action": ["SNS:Subscribe", "SNS:Receive"]})]}}, {})
	findings := policy.deny with input as doc({"aws_sns_topic": [topic]})
	count(findings) == 1
	some f in findings
	contains(f.msg, "SNS:Subscribe")
}

test_json_string_policy_reported_on_attribute if {
	topic := res("aws_sns_topic", "orders", {"name": "orders", "policy": `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"SNS:Publish","Resource":"*"}]}`}, {})
	findings := policy.deny with input as doc({"aws_sns_topic": [topic]})
	some f in findings
	f.path == ["policy"]
}

test_conditioned_or_named_principals_pass if {
	count(policy.deny) == 0 with input as doc({"aws_sns_topic_policy": [topic_policy(statement({"Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:s3:::acme-uploads"}}}))]})
	count(policy.deny) == 0 with input as doc({"aws_sns_topic_policy": [topic_policy(statement({"Principal": {"Service": "events.amazonaws.com"}}))]})
	count(policy.deny) == 0 with input as doc({"aws_sns_topic_policy": [topic_policy(statement({"Effect": "Deny"}))]})
	count(policy.deny) == 0 with input as doc({"aws_sns_topic_policy": [res("aws_sns_topic_policy", "x", {"arn": "a", "policy": "${var.policy}"}, {})]})
}

test_policy_document_data_source_reported if {
	d := {
		"address": "data.aws_iam_policy_document.orders", "type": "aws_iam_policy_document", "name": "orders", "mode": "data", "file": "main.tf", "references": {},
		"values": {"statement": [{"actions": ["SNS:Publish"], "resources": ["*"], "principals": [{"type": "AWS", "identifiers": ["*"]}]}]},
	}
	p := res("aws_sns_topic_policy", "orders", {"arn": "${aws_sns_topic.orders.arn}", "policy": "${data.aws_iam_policy_document.orders.json}"}, {"policy": ["data.aws_iam_policy_document.orders"]})
	findings := policy.deny with input as doc({"aws_sns_topic_policy": [p], "data.aws_iam_policy_document": [d]})
	count(findings) == 1
	some f in findings
	f.resource == "data.aws_iam_policy_document.orders"
	f.path == ["statement", 0, "principals", 0, "identifiers"]
}
