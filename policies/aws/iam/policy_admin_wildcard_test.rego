package srm.aws.iam.policy_admin_wildcard_test

import data.srm.aws.iam.policy_admin_wildcard as policy

res(type, name, values) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

iam_policy(document) := doc({"aws_iam_policy": [res("aws_iam_policy", "p", {"name": "p", "policy": document})]})

admin_statement := {"Effect": "Allow", "Action": "*", "Resource": "*"}

test_least_privilege_passes if {
	count(policy.deny) == 0 with input as iam_policy({"Version": "2012-10-17", "Statement": [
		{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*"},
		{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::bucket/*"},
		{"Effect": "Deny", "Action": "*", "Resource": "*"},
		{"Effect": "Allow", "Action": "${var.actions}", "Resource": "*"},
	]})
	count(policy.deny) == 0 with input as iam_policy("${data.aws_iam_policy_document.p.json}")
	count(policy.deny) == 0 with input as iam_policy(`{"Statement": {"Effect": "Allow", "Action": "iam:*", "Resource": "*"}}`)
}

test_jsonencode_statement_list_reported_at_action if {
	findings := policy.deny with input as iam_policy({"Version": "2012-10-17", "Statement": [
		{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"},
		{"Effect": "Allow", "Action": ["ec2:*", "*"], "Resource": ["*"]},
	]})
	{[f.resource, f.path] | some f in findings} == {["aws_iam_policy.p", ["policy", "Statement", 1, "Action"]]}
}

test_jsonencode_single_statement_object if {
	findings := policy.deny with input as iam_policy({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*:*", "Resource": "*"}})
	{f.path | some f in findings} == {["policy", "Statement", "Action"]}
}

test_heredoc_reported_at_attribute if {
	json_text := `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}`
	every type in ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"] {
		findings := policy.deny with input as doc({type: [res(type, "p", {"policy": json_text})]})
		{[f.resource, f.path] | some f in findings} == {[sprintf("%s.p", [type]), ["policy"]]}
	}
}

test_role_inline_policy_reported if {
	findings := policy.deny with input as doc({"aws_iam_role": [res("aws_iam_role", "r", {
		"name": "r",
		"inline_policy": [{"name": "admin", "policy": {"Version": "2012-10-17", "Statement": [admin_statement]}}],
	})]})
	{f.path | some f in findings} == {["inline_policy", 0, "policy", "Statement", 0, "Action"]}
}

test_policy_document_data_source if {
	statements := [
		{"actions": ["s3:GetObject"], "resources": ["*"]},
		{"actions": ["*"], "resources": ["*"]},
		{"effect": "Deny", "actions": ["*"], "resources": ["*"]},
		{"effect": "Allow", "actions": ["*"], "resources": ["${aws_s3_bucket.b.arn}"]},
	]
	findings := policy.deny with input as doc({"data.aws_iam_policy_document": [object.union(
		res("data.aws_iam_policy_document", "p", {"statement": statements}),
		{"address": "data.aws_iam_policy_document.p", "type": "aws_iam_policy_document", "mode": "data"},
	)]})
	{[f.resource, f.path] | some f in findings} == {["data.aws_iam_policy_document.p", ["statement", 1, "actions"]]}
}
