package srm.aws.opensearch.tls_policy_test

import data.srm.aws.opensearch.tls_policy as policy

domain(values) := {"format": "terraform", "module": ".", "resources": {"aws_opensearch_domain": [{
	"address": "aws_opensearch_domain.search", "type": "aws_opensearch_domain", "name": "search",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"domain_name": "search"}, values),
}]}}

test_old_policy_reported if {
	findings := policy.deny with input as domain({"domain_endpoint_options": [{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-0-2019-07"}]})
	count(findings) == 1
	some f in findings
	f.path == ["domain_endpoint_options", 0, "tls_security_policy"]
}

test_omitted_policy_reported if {
	findings := policy.deny with input as domain({"domain_endpoint_options": [{"enforce_https": true}]})
	some f in findings
	f.path == ["domain_endpoint_options", 0, "tls_security_policy"]
	findings2 := policy.deny with input as domain({})
	some f2 in findings2
	f2.path == ["domain_endpoint_options"]
}

test_tls12_policies_pass if {
	count(policy.deny) == 0 with input as domain({"domain_endpoint_options": [{"tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}]})
	count(policy.deny) == 0 with input as domain({"domain_endpoint_options": [{"tls_security_policy": "Policy-Min-TLS-1-2-PFS-2023-10"}]})
	count(policy.deny) == 0 with input as domain({"domain_endpoint_options": [{"tls_security_policy": "${var.tls_policy}"}]})
}

test_fix_requires_tls_1_2_with_forward_secrecy if {
	every values in [
		{"domain_endpoint_options": [{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-0-2019-07"}]},
		{"domain_endpoint_options": [{"enforce_https": true}]},
	] {
		findings := policy.deny with input as domain(values)
		{f.fix | some f in findings} == {[{"set": ["domain_endpoint_options", 0, "tls_security_policy"], "value": "Policy-Min-TLS-1-2-PFS-2023-10"}]}
	}
	missing := policy.deny with input as domain({})
	{f.fix | some f in missing} == {[
		{"set": ["domain_endpoint_options", 0, "enforce_https"], "value": true},
		{"set": ["domain_endpoint_options", 0, "tls_security_policy"], "value": "Policy-Min-TLS-1-2-PFS-2023-10"},
	]}
}
