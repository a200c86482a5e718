package srm.aws.efs.file_system_policy_public_test

import data.srm.aws.efs.file_system_policy_public as policy

res(type, name, values, refs) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "references": refs, "values": values,
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

statement(extra) := object.union({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"], "Resource": "*"}, extra)

fs_policy(policy_value) := res("aws_efs_file_system_policy", "shared", {"file_system_id": "${aws_efs_file_system.shared.id}", "policy": policy_value}, {})

test_public_statement_reported if {
	findings := policy.deny with input as doc({"aws_efs_file_system_policy": [fs_policy({"Version": "2012-10-17", "Statement": [statement({})]})]})
	count(findings) == 1
	some f in findings
	f.path == ["policy", "Statement", 0, "Principal"]
	contains(f.msg, "elasticfilesystem:ClientWrite")
}

test_json_string_reported_on_attribute if {
	findings := policy.deny with input as doc({"aws_efs_file_system_policy": [fs_policy(`{"Statement":{"Effect":"Allow","Principal":"*","Action":"elasticfilesystem:*"}}`)]})
	count(findings) == 1
	some f in findings
	f.path == ["policy"]
}

test_conditioned_named_or_deny_passes if {
	count(policy.deny) == 0 with input as doc({"aws_efs_file_system_policy": [fs_policy({"Statement": [statement({"Condition": {"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}}})]})]})
	count(policy.deny) == 0 with input as doc({"aws_efs_file_system_policy": [fs_policy({"Statement": [statement({"Principal": {"AWS": "arn:aws:iam::111122223333:role/app"}})]})]})
	count(policy.deny) == 0 with input as doc({"aws_efs_file_system_policy": [fs_policy({"Statement": [statement({"Effect": "Deny", "Condition": {"Bool": {"aws:SecureTransport": "false"}}})]})]})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as doc({"aws_efs_file_system_policy": [fs_policy("${var.policy}")]})
}

test_policy_document_data_source_reported if {
	d := {
		"address": "data.aws_iam_policy_document.shared", "type": "aws_iam_policy_document", "name": "shared", "mode": "data", "file": "main.tf", "references": {},
		"values": {"statement": [{"actions": ["elasticfilesystem:ClientMount"], "resources": ["*"], "principals": [{"type": "*", "identifiers": ["*"]}]}]},
	}
	p := res("aws_efs_file_system_policy", "shared", {"file_system_id": "${aws_efs_file_system.shared.id}", "policy": "${data.aws_iam_policy_document.shared.json}"}, {"policy": ["data.aws_iam_policy_document.shared"]})
	findings := policy.deny with input as doc({"aws_efs_file_system_policy": [p], "data.aws_iam_policy_document": [d]})
	count(findings) == 1
	some f in findings
	f.resource == "data.aws_iam_policy_document.shared"
	f.path == ["statement", 0, "principals", 0, "identifiers"]
}
