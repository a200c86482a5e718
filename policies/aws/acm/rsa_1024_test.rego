package srm.aws.acm.rsa_1024_test

import data.srm.aws.acm.rsa_1024 as policy

certificate(values) := {"format": "terraform", "module": ".", "resources": {"aws_acm_certificate": [{
	"address": "aws_acm_certificate.web", "type": "aws_acm_certificate", "name": "web", "mode": "managed", "file": "main.tf",
	"values": object.union({"domain_name": "www.example.com", "validation_method": "DNS"}, values), "references": {},
}]}}

lookup(values) := {"format": "terraform", "module": ".", "resources": {"data.aws_acm_certificate": [{
	"address": "data.aws_acm_certificate.legacy", "type": "aws_acm_certificate", "name": "legacy", "mode": "data", "file": "main.tf",
	"values": object.union({"domain": "legacy.example.com", "statuses": ["ISSUED"]}, values), "references": {},
}]}}

test_rsa_1024_certificate_is_reported if {
	findings := policy.deny with input as certificate({"key_algorithm": "RSA_1024"})
	{f.path | some f in findings} == {["key_algorithm"]}
}

test_lookup_accepting_rsa_1024_is_reported if {
	findings := policy.deny with input as lookup({"key_types": ["RSA_1024", "RSA_2048"]})
	{f.path | some f in findings} == {["key_types"]}
}

test_strong_keys_and_defaults_pass if {
	count(policy.deny) == 0 with input as certificate({})
	count(policy.deny) == 0 with input as certificate({"key_algorithm": "EC_prime256v1"})
	count(policy.deny) == 0 with input as certificate({"key_algorithm": "RSA_2048"})
	count(policy.deny) == 0 with input as lookup({})
	count(policy.deny) == 0 with input as lookup({"key_types": ["RSA_2048", "EC_prime256v1"]})
}

test_unresolved_is_unknown_not_reported if {
	count(policy.deny) == 0 with input as certificate({"key_algorithm": "${var.key_algorithm}"})
	count(policy.unknown) == 1 with input as certificate({"key_algorithm": "${var.key_algorithm}"})
	count(policy.deny) == 0 with input as lookup({"key_types": ["${var.key_type}"]})
	count(policy.unknown) == 1 with input as lookup({"key_types": ["${var.key_type}"]})
}
