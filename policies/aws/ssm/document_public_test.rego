package srm.aws.ssm.document_public_test

import data.srm.aws.ssm.document_public as policy

document(values) := {"format": "terraform", "module": ".", "resources": {"aws_ssm_document": [{
	"address": "aws_ssm_document.patch", "type": "aws_ssm_document", "name": "patch",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "patch", "document_type": "Command", "content": "{}"}, values),
}]}}

test_public_share_reported if {
	findings := policy.deny with input as document({"permissions": {"type": "Share", "account_ids": "All"}})
	count(findings) == 1
	some f in findings
	f.path == ["permissions", "account_ids"]
}

test_list_form_reported if {
	findings := policy.deny with input as document({"permissions": [{"type": "Share", "account_ids": "all"}]})
	some f in findings
	f.path == ["permissions", 0, "account_ids"]
}

test_named_accounts_or_none_pass if {
	count(policy.deny) == 0 with input as document({"permissions": {"type": "Share", "account_ids": "111122223333,444455556666"}})
	count(policy.deny) == 0 with input as document({})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as document({"permissions": {"type": "Share", "account_ids": "${var.accounts}"}})
	policy.unknown == {{"resource": "aws_ssm_document.patch", "path": ["permissions", "account_ids"]}} with input as document({"permissions": {"type": "Share", "account_ids": "${var.accounts}"}})
	policy.unknown == {{"resource": "aws_ssm_document.patch", "path": ["permissions"]}} with input as document({"permissions": "${var.permissions}"})
}
