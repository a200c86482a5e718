package srm.aws.iam.pass_role_wildcard_test

import data.srm.aws.iam.pass_role_wildcard as policy

res(type, values) := {
	"address": sprintf("%s.p", [type]), "type": type, "name": "p",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [res(type, values)]}}

json_policy(statement) := doc("aws_iam_policy", {"name": "p", "policy": {"Version": "2012-10-17", "Statement": [statement]}})

test_pass_role_on_any_role_is_reported if {
	findings := json_policy({"Effect": "Allow", "Action": ["ec2:RunInstances", "iam:PassRole"], "Resource": "*"})
	result := policy.deny with input as findings
	{f.path | some f in result} == {["policy", "Statement", 0, "Action"]}
	count(policy.deny) == 1 with input as json_policy({"Effect": "Allow", "Action": "iam:Pass*", "Resource": ["arn:aws:iam::111122223333:role/*"]})
}

test_json_string_and_inline_role_policy if {
	text := `{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"iam:PassRole","Resource":"*"}}`
	findings := policy.deny with input as doc("aws_iam_role_policy", {"role": "app", "policy": text})
	{f.path | some f in findings} == {["policy"]}
	inline := doc("aws_iam_role", {"name": "app", "inline_policy": [{"name": "pass", "policy": {"Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}]}}]})
	inline_findings := policy.deny with input as inline
	{f.path | some f in inline_findings} == {["inline_policy", 0, "policy", "Statement", 0, "Action"]}
}

test_scoped_conditioned_or_denied_pass if {
	count(policy.deny) == 0 with input as json_policy({"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/app-task"})
	count(policy.deny) == 0 with input as json_policy({"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*", "Condition": {"StringEquals": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}}})
	count(policy.deny) == 0 with input as json_policy({"Effect": "Deny", "Action": "iam:PassRole", "Resource": "*"})
	count(policy.deny) == 0 with input as json_policy({"Effect": "Allow", "Action": "iam:*", "Resource": "*"})
	count(policy.deny) == 0 with input as json_policy({"Effect": "Allow", "Action": "iam:PassRole", "Resource": "${aws_iam_role.task.arn}"})
	count(policy.deny) == 0 with input as doc("aws_iam_policy", {"policy": "${data.aws_iam_policy_document.p.json}"})
}

test_policy_document_data_source if {
	statement := {"actions": ["iam:PassRole"], "resources": ["*"]}
	findings := policy.deny with input as doc("data.aws_iam_policy_document", {"statement": [statement]})
	{[f.resource, f.path] | some f in findings} == {["data.aws_iam_policy_document.p", ["statement", 0, "actions"]]}
	conditioned := object.union(statement, {"condition": [{"test": "StringEquals", "variable": "iam:PassedToService", "values": ["lambda.amazonaws.com"]}]})
	count(policy.deny) == 0 with input as doc("data.aws_iam_policy_document", {"statement": [conditioned]})
	trust := object.union(statement, {"principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::111122223333:root"]}]})
	count(policy.deny) == 0 with input as doc("data.aws_iam_policy_document", {"statement": [trust]})
}
