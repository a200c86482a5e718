package srm.aws.iam.role_trust_public_test

import data.srm.aws.iam.role_trust_public as policy

role(trust, references) := {
	"address": "aws_iam_role.r", "type": "aws_iam_role", "name": "r", "mode": "managed", "file": "main.tf",
	"values": {"name": "r", "assume_role_policy": trust}, "references": references,
}

document(statements) := {
	"address": "data.aws_iam_policy_document.trust", "type": "aws_iam_policy_document", "name": "trust",
	"mode": "data", "file": "main.tf", "values": {"statement": statements}, "references": {},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

roles(trust) := doc({"aws_iam_role": [role(trust, {})]})

statement(principal) := {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": principal}

test_named_or_conditioned_principals_pass if {
	count(policy.deny) == 0 with input as roles({"Version": "2012-10-17", "Statement": [statement({"Service": "ec2.amazonaws.com"})]})
	count(policy.deny) == 0 with input as roles({"Version": "2012-10-17", "Statement": [statement({"AWS": "arn:aws:iam::111122223333:root"})]})
	count(policy.deny) == 0 with input as roles({"Version": "2012-10-17", "Statement": [object.union(
		statement({"AWS": "*"}),
		{"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}},
	)]})
	count(policy.deny) == 0 with input as roles({"Version": "2012-10-17", "Statement": [statement({"AWS": "${var.principal}"})]})
	count(policy.deny) == 0 with input as roles({"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "sts:AssumeRole", "Principal": "*"}]})
	count(policy.deny) == 0 with input as roles("${data.aws_iam_policy_document.unknown.json}")
}

test_wildcard_principal_reported_at_principal if {
	findings := policy.deny with input as roles({"Version": "2012-10-17", "Statement": [
		statement({"Service": "lambda.amazonaws.com"}),
		statement({"AWS": ["arn:aws:iam::111122223333:root", "*"]}),
	]})
	{[f.resource, f.path] | some f in findings} == {["aws_iam_role.r", ["assume_role_policy", "Statement", 1, "Principal"]]}
}

test_star_principal_single_statement if {
	findings := policy.deny with input as roles({"Version": "2012-10-17", "Statement": object.union(statement("*"), {"Condition": {}})})
	{f.path | some f in findings} == {["assume_role_policy", "Statement", "Principal"]}
}

test_heredoc_reported_at_attribute if {
	findings := policy.deny with input as roles(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}`)
	{f.path | some f in findings} == {["assume_role_policy"]}
}

test_policy_document_data_source_reported_on_principals if {
	statements := [
		{"actions": ["sts:AssumeRole"], "principals": [{"type": "Service", "identifiers": ["ec2.amazonaws.com"]}]},
		{"actions": ["sts:AssumeRole"], "principals": [{"type": "AWS", "identifiers": ["*"]}]},
		{"actions": ["sts:AssumeRole"], "principals": [{"type": "AWS", "identifiers": ["*"]}], "condition": [{"test": "StringEquals", "variable": "aws:PrincipalOrgID", "values": ["o-abc123"]}]},
	]
	findings := policy.deny with input as doc({
		"aws_iam_role": [role("${data.aws_iam_policy_document.trust.json}", {"assume_role_policy": ["data.aws_iam_policy_document.trust"]})],
		"data.aws_iam_policy_document": [document(statements)],
	})
	{[f.resource, f.path] | some f in findings} == {["data.aws_iam_policy_document.trust", ["statement", 1, "principals", 0, "identifiers"]]}
}

test_unused_policy_document_not_reported if {
	count(policy.deny) == 0 with input as doc({"data.aws_iam_policy_document": [document([
		{"actions": ["s3:GetObject"], "principals": [{"type": "*", "identifiers": ["*"]}]},
	])]})
}
