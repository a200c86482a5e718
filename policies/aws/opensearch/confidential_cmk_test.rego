package srm.aws.opensearch.confidential_cmk_test

import data.srm.aws.opensearch.confidential_cmk as policy

domain(values) := {"format": "terraform", "module": ".", "resources": {"aws_opensearch_domain": [{
	"address": "aws_opensearch_domain.search", "type": "aws_opensearch_domain", "name": "search",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"domain_name": "search"}, values),
}]}}

restricted := {"tags": {"DataClassification": "restricted"}}

test_sensitive_domain_without_cmk_reported if {
	findings := policy.deny with input as domain(object.union(restricted, {"encrypt_at_rest": [{"enabled": true}]}))
	count(findings) == 1
	some f in findings
	f.path == ["encrypt_at_rest", 0, "kms_key_id"]
	count(policy.deny) == 1 with input as domain(object.union(restricted, {"encrypt_at_rest": [{"enabled": true, "kms_key_id": "alias/aws/es"}]}))
}

test_cmk_passes if {
	count(policy.deny) == 0 with input as domain(object.union(restricted, {"encrypt_at_rest": [{"enabled": true, "kms_key_id": "${aws_kms_key.search.arn}"}]}))
	count(policy.deny) == 0 with input as domain(object.union(restricted, {"encrypt_at_rest": [{"enabled": true, "kms_key_id": "${var.kms_key}"}]}))
}

test_not_sensitive_or_not_encrypted_not_in_scope if {
	count(policy.deny) == 0 with input as domain({"encrypt_at_rest": [{"enabled": true}], "tags": {"data-classification": "internal"}})
	count(policy.deny) == 0 with input as domain({"encrypt_at_rest": [{"enabled": true}]})
	count(policy.deny) == 0 with input as domain(object.union(restricted, {"encrypt_at_rest": [{"enabled": false}]}))
	count(policy.deny) == 0 with input as domain(object.union(restricted, {"encrypt_at_rest": [{"enabled": "${var.encrypt}"}]}))
}
