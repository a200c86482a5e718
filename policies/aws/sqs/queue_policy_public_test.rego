package srm.aws.sqs.queue_policy_public_test

import data.srm.aws.sqs.queue_policy_public as policy

res(type, name, values, refs) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "references": refs, "values": values,
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

statement(extra) := object.union({"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*"}, extra)

queue_policy(statement) := res("aws_sqs_queue_policy", "orders", {"queue_url": "${aws_sqs_queue.orders.id}", "policy": {"Version": "2012-10-17", "Statement": [statement]}}, {})

test_public_statement_reported if {
	findings := policy.deny with input as doc({"aws_sqs_queue_policy": [queue_policy(statement({}))]})
	count(findings) == 1
	some f in findings
	f.path == ["policy", "Statement", 0, "Principal"]
}

test_aws_wildcard_principal_on_queue_reported if {
	queue := res("aws_sqs_queue", "orders", {"name": "orders", "policy": {"Statement": [statement({"Principal": {"AWS": ["*"]}, "Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage"]})]}}, {})
	findings := policy.deny with input as doc({"aws_sqs_queue": [queue]})
	count(findings) == 1
	some f in findings
	contains(f.msg, "sqs:ReceiveMessage")
}

test_json_string_policy_reported_on_attribute if {
	queue := res("aws_sqs_queue", "orders", {"name": "orders", "policy": `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:*","Resource":"*"}]}`}, {})
	findings := policy.deny with input as doc({"aws_sqs_queue": [queue]})
	some f in findings
	f.path == ["policy"]
}

test_conditioned_or_named_principals_pass if {
	count(policy.deny) == 0 with input as doc({"aws_sqs_queue_policy": [queue_policy(statement({"Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:orders"}}}))]})
	count(policy.deny) == 0 with input as doc({"aws_sqs_queue_policy": [queue_policy(statement({"Principal": {"Service": "sns.amazonaws.com"}}))]})
	count(policy.deny) == 0 with input as doc({"aws_sqs_queue_policy": [queue_policy(statement({"Effect": "Deny"}))]})
	count(policy.deny) == 0 with input as doc({"aws_sqs_queue": [res("aws_sqs_queue", "q", {"name": "q"}, {})]})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as doc({"aws_sqs_queue_policy": [res("aws_sqs_queue_policy", "x", {"queue_url": "u", "policy": "${var.policy}"}, {})]})
}

test_policy_document_data_source_reported if {
	d := {
		"address": "data.aws_iam_policy_document.orders", "type": "aws_iam_policy_document", "name": "orders", "mode": "data", "file": "main.tf", "references": {},
		"values": {"statement": [{"actions": ["sqs:SendMessage"], "resources": ["*"], "principals": [{"type": "AWS", "identifiers": ["*"]}]}]},
	}
	p := res("aws_sqs_queue_policy", "orders", {"queue_url": "${aws_sqs_queue.orders.id}", "policy": "${data.aws_iam_policy_document.orders.json}"}, {"policy": ["data.aws_iam_policy_document.orders"]})
	findings := policy.deny with input as doc({"aws_sqs_queue_policy": [p], "data.aws_iam_policy_document": [d]})
	count(findings) == 1
	some f in findings
	f.resource == "data.aws_iam_policy_document.orders"
	f.path == ["statement", 0, "principals", 0, "identifiers"]
}

# A heredoc policy whose Resource is an interpolation is still read (peer cases: Checkov CKV_AWS_168 q4, q5).
test_heredoc_with_interpolated_resource_reported if {
	heredoc := "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sqs:SendMessage\",\"Resource\":\"${aws_sqs_queue.orders.arn}\"}]}"
	queue := res("aws_sqs_queue_policy", "orders", {"queue_url": "${aws_sqs_queue.orders.id}", "policy": heredoc}, {})
	findings := policy.deny with input as doc({"aws_sqs_queue_policy": [queue]})
	count(findings) == 1
	some f in findings
	f.path == ["policy"]
}

# Interpolated principals and conditions are not read as "*" or as absent; one outside a string literal is not judged.
test_heredoc_with_interpolated_principal_or_condition_not_judged if {
	principal := "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"${var.consumer}\"},\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}"
	condition := "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"*\",\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\"${aws_sns_topic.orders.arn}\"}}}]}"
	outside := "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"*\",\"Condition\":${jsonencode(var.condition)}}]}"
	count(policy.deny) == 0 with input as doc({"aws_sqs_queue": [res("aws_sqs_queue", "a", {"name": "a", "policy": principal}, {})]})
	count(policy.deny) == 0 with input as doc({"aws_sqs_queue": [res("aws_sqs_queue", "b", {"name": "b", "policy": condition}, {})]})
	count(policy.deny) == 0 with input as doc({"aws_sqs_queue": [res("aws_sqs_queue", "c", {"name": "c", "policy": outside}, {})]})
}

# An unresolved heredoc reaches the policy as "${<<EOF ... EOF}" (peer case: Checkov CKV_AWS_168 aq5).
test_unresolved_heredoc_read if {
	heredoc := "${<<-POLICY\n    {\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"${aws_sqs_queue.orders.arn}\"}]}\n    POLICY}"
	findings := policy.deny with input as doc({"aws_sqs_queue": [res("aws_sqs_queue", "orders", {"name": "orders", "policy": heredoc}, {})]})
	count(findings) == 1
	conditioned := "${<<POLICY\n{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"*\",\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\"${aws_sns_topic.orders.arn}\"}}}]}\nPOLICY}"
	count(policy.deny) == 0 with input as doc({"aws_sqs_queue": [res("aws_sqs_queue", "orders", {"name": "orders", "policy": conditioned}, {})]})
}
