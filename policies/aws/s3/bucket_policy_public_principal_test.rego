package srm.aws.s3.bucket_policy_public_principal_test

import data.srm.aws.s3.bucket_policy_public_principal as policy

res(type, name, values, refs) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": refs,
}

bucket_policy(document) := {"format": "terraform", "module": ".", "resources": {"aws_s3_bucket_policy": [
	res("aws_s3_bucket_policy", "site", {"bucket": "${aws_s3_bucket.site.id}", "policy": document}, {"bucket": ["aws_s3_bucket.site"]}),
]}}

statement(values) := object.union({"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*"}, values)

test_public_principal_is_reported if {
	findings := policy.deny with input as bucket_policy({"Version": "2012-10-17", "Statement": [statement({"Principal": "*"})]})
	{[f.resource, f.path] | some f in findings} == {["aws_s3_bucket_policy.site", ["policy", "Statement", 0, "Principal"]]}
	count(policy.deny) == 1 with input as bucket_policy({"Statement": statement({"Principal": {"AWS": ["*"]}})})
	text := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"s3:*","Resource":"*"}]}`
	string_findings := policy.deny with input as bucket_policy(text)
	{f.path | some f in string_findings} == {["policy"]}
}

test_legacy_inline_policy_is_reported if {
	legacy := res("aws_s3_bucket", "site", {"bucket": "site", "policy": {"Statement": [statement({"Principal": "*"})]}}, {})
	findings := policy.deny with input as {"format": "terraform", "module": ".", "resources": {"aws_s3_bucket": [legacy]}}
	{[f.resource, f.path] | some f in findings} == {["aws_s3_bucket.site", ["policy", "Statement", 0, "Principal"]]}
}

test_named_conditioned_denied_or_service_principals_pass if {
	count(policy.deny) == 0 with input as bucket_policy({"Statement": [statement({"Principal": {"AWS": "arn:aws:iam::111122223333:role/reader"}})]})
	count(policy.deny) == 0 with input as bucket_policy({"Statement": [statement({"Principal": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}})]})
	count(policy.deny) == 0 with input as bucket_policy({"Statement": [statement({"Effect": "Deny", "Principal": "*", "Action": "s3:*"})]})
	count(policy.deny) == 0 with input as bucket_policy({"Statement": [statement({"Principal": {"Service": "cloudfront.amazonaws.com"}})]})
	count(policy.deny) == 0 with input as bucket_policy("${var.policy}")
}

test_policy_document_data_source if {
	d := res("data.aws_iam_policy_document", "site", {"statement": [
		{"actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::site/*"], "principals": [{"type": "*", "identifiers": ["*"]}]},
		{"effect": "Deny", "actions": ["s3:*"], "resources": ["*"], "principals": [{"type": "*", "identifiers": ["*"]}], "condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["false"]}]},
	]}, {})
	holder := res("aws_s3_bucket_policy", "site", {"bucket": "${aws_s3_bucket.site.id}", "policy": "${data.aws_iam_policy_document.site.json}"}, {"policy": ["data.aws_iam_policy_document.site"]})
	findings := policy.deny with input as {"format": "terraform", "module": ".", "resources": {"aws_s3_bucket_policy": [holder], "data.aws_iam_policy_document": [d]}}
	{[f.resource, f.path] | some f in findings} == {["data.aws_iam_policy_document.site", ["statement", 0, "principals", 0, "identifiers"]]}
	unused := policy.deny with input as {"format": "terraform", "module": ".", "resources": {"data.aws_iam_policy_document": [d]}}
	count(unused) == 0
}

test_condition_matching_every_principal_is_no_restriction if {
	findings := policy.deny with input as bucket_policy({"Statement": [statement({"Principal": "*", "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*"}}})]})
	{f.path | some f in findings} == {["policy", "Statement", 0, "Principal"]}
	some f in findings
	contains(f.msg, "every principal")
	count(policy.deny) == 1 with input as bucket_policy({"Statement": [statement({"Principal": {"AWS": "*"}, "Condition": {"ArnEquals": {"aws:PrincipalArn": ["arn:aws:iam::*:*"]}}})]})
	count(policy.deny) == 1 with input as bucket_policy({"Statement": [statement({"Principal": "*", "Condition": {"StringLike": {"aws:PrincipalArn": "*"}}})]})
	count(policy.deny) == 1 with input as bucket_policy({"Statement": [statement({"Principal": "*", "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:*:iam::*:*"}, "StringLike": {"aws:userid": "*"}}})]})
}

test_condition_that_narrows_still_restricts if {
	count(policy.deny) == 0 with input as bucket_policy({"Statement": [statement({"Principal": "*", "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:*"}}})]})
	count(policy.deny) == 0 with input as bucket_policy({"Statement": [statement({"Principal": "*", "Condition": {"ArnLike": {"aws:PrincipalArn": ["arn:aws:iam::*", "arn:aws:iam::111122223333:role/x"]}}})]})
	# Every test must match everyone: one narrowing test restricts the statement.
	count(policy.deny) == 0 with input as bucket_policy({"Statement": [statement({"Principal": "*", "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*"}, "StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}})]})
	count(policy.deny) == 0 with input as bucket_policy({"Statement": [statement({"Principal": "*", "Condition": {"StringEquals": {"aws:PrincipalArn": "*"}}})]})
	count(policy.deny) == 0 with input as bucket_policy({"Statement": [statement({"Principal": "*", "Condition": {"ArnLike": {"aws:PrincipalArn": "${var.principal}"}}})]})
}

test_data_source_condition_matching_everyone if {
	d := res("data.aws_iam_policy_document", "site", {"statement": [
		{"actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::site/*"], "principals": [{"type": "AWS", "identifiers": ["*"]}], "condition": [{"test": "ArnLike", "variable": "aws:PrincipalArn", "values": ["arn:aws:iam::*"]}]},
		{"actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::site/*"], "principals": [{"type": "AWS", "identifiers": ["*"]}], "condition": [{"test": "StringEquals", "variable": "aws:PrincipalOrgID", "values": ["o-abc123"]}]},
	]}, {})
	holder := res("aws_s3_bucket_policy", "site", {"bucket": "${aws_s3_bucket.site.id}", "policy": "${data.aws_iam_policy_document.site.json}"}, {"policy": ["data.aws_iam_policy_document.site"]})
	findings := policy.deny with input as {"format": "terraform", "module": ".", "resources": {"aws_s3_bucket_policy": [holder], "data.aws_iam_policy_document": [d]}}
	{f.path | some f in findings} == {["statement", 0, "principals", 0, "identifiers"]}
}
