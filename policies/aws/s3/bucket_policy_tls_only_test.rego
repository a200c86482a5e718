package srm.aws.s3.bucket_policy_tls_only_test

import data.srm.aws.s3.bucket_policy_tls_only as policy

res(type, name, values, refs) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": refs,
}

bucket := res("aws_s3_bucket", "data", {"bucket": "data"}, {})

tls_deny := {
	"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
	"Resource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"],
	"Condition": {"Bool": {"aws:SecureTransport": "false"}},
}

read_access := {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/reader"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*"}

bucket_policy(document) := res("aws_s3_bucket_policy", "data", {"bucket": "${aws_s3_bucket.data.id}", "policy": document}, {"bucket": ["aws_s3_bucket.data"]})

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_bucket_without_policy_is_reported if {
	findings := policy.deny with input as doc({"aws_s3_bucket": [bucket]})
	{[f.resource, f.path] | some f in findings} == {["aws_s3_bucket.data", ["policy"]]}
}

test_policy_without_tls_deny_is_reported if {
	findings := policy.deny with input as doc({"aws_s3_bucket": [bucket], "aws_s3_bucket_policy": [bucket_policy({"Version": "2012-10-17", "Statement": [read_access]})]})
	{[f.resource, f.path] | some f in findings} == {["aws_s3_bucket_policy.data", ["policy"]]}
	only_get := object.union(tls_deny, {"Action": "s3:GetObject"})
	count(policy.deny) == 1 with input as doc({"aws_s3_bucket_policy": [bucket_policy({"Statement": [only_get]})]})
	allow_true := {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}
	count(policy.deny) == 1 with input as doc({"aws_s3_bucket_policy": [bucket_policy({"Statement": [allow_true]})]})
}

test_tls_deny_passes if {
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket], "aws_s3_bucket_policy": [bucket_policy({"Statement": [read_access, tls_deny]})]})
	text := `{"Version":"2012-10-17","Statement":{"Effect":"Deny","Principal":"*","Action":"*","Resource":"*","Condition":{"Bool":{"aws:securetransport":false}}}}`
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket_policy": [bucket_policy(text)]})
	legacy := res("aws_s3_bucket", "legacy", {"bucket": "legacy", "policy": {"Statement": [tls_deny]}}, {})
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [legacy]})
}

test_legacy_inline_policy_without_deny_is_reported if {
	legacy := res("aws_s3_bucket", "legacy", {"bucket": "legacy", "policy": {"Statement": [read_access]}}, {})
	findings := policy.deny with input as doc({"aws_s3_bucket": [legacy]})
	{[f.resource, f.path] | some f in findings} == {["aws_s3_bucket.legacy", ["policy"]]}
}

test_policy_documents if {
	deny_statement := {"effect": "Deny", "actions": ["s3:*"], "resources": ["*"], "principals": [{"type": "*", "identifiers": ["*"]}], "condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["false"]}]}
	secure := res("data.aws_iam_policy_document", "tls", {"statement": [deny_statement]}, {})
	insecure := res("data.aws_iam_policy_document", "tls", {"statement": [{"actions": ["s3:GetObject"], "resources": ["*"]}]}, {})
	holder := res("aws_s3_bucket_policy", "data", {"bucket": "${aws_s3_bucket.data.id}", "policy": "${data.aws_iam_policy_document.tls.json}"}, {"bucket": ["aws_s3_bucket.data"], "policy": ["data.aws_iam_policy_document.tls"]})
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket], "aws_s3_bucket_policy": [holder], "data.aws_iam_policy_document": [secure]})
	findings := policy.deny with input as doc({"aws_s3_bucket": [bucket], "aws_s3_bucket_policy": [holder], "data.aws_iam_policy_document": [insecure]})
	{f.resource | some f in findings} == {"aws_s3_bucket_policy.data"}
	merging := res("data.aws_iam_policy_document", "combined", {"source_policy_documents": ["${data.aws_iam_policy_document.tls.json}"], "statement": [{"actions": ["s3:GetObject"], "resources": ["*"]}]}, {"source_policy_documents": ["data.aws_iam_policy_document.tls"]})
	merged_holder := object.union(holder, {"values": {"policy": "${data.aws_iam_policy_document.combined.json}"}, "references": {"policy": ["data.aws_iam_policy_document.combined"]}})
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket], "aws_s3_bucket_policy": [merged_holder], "data.aws_iam_policy_document": [secure, merging]})
}

test_unresolved_policies_are_not_judged if {
	from_var := res("aws_s3_bucket_policy", "data", {"bucket": "${aws_s3_bucket.data.id}", "policy": "${var.bucket_policy}"}, {"bucket": ["aws_s3_bucket.data"], "policy": ["var.bucket_policy"]})
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket], "aws_s3_bucket_policy": [from_var]})
	external := res("data.aws_iam_policy_document", "combined", {"source_policy_documents": ["${module.baseline.tls_policy_json}"]}, {"source_policy_documents": ["module.baseline"]})
	holder := res("aws_s3_bucket_policy", "data", {"bucket": "${aws_s3_bucket.data.id}", "policy": "${data.aws_iam_policy_document.combined.json}"}, {"bucket": ["aws_s3_bucket.data"], "policy": ["data.aws_iam_policy_document.combined"]})
	count(policy.deny) == 0 with input as doc({"aws_s3_bucket": [bucket], "aws_s3_bucket_policy": [holder], "data.aws_iam_policy_document": [external]})
}
