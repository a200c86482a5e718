package srm.aws.opensearch.https_enforced_test

import data.srm.aws.opensearch.https_enforced as policy

domain(values) := {"format": "terraform", "module": ".", "resources": {"aws_opensearch_domain": [{
	"address": "aws_opensearch_domain.search", "type": "aws_opensearch_domain", "name": "search",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"domain_name": "search"}, values),
}]}}

test_https_disabled_reported if {
	findings := policy.deny with input as domain({"domain_endpoint_options": [{"enforce_https": false}]})
	count(findings) == 1
	some f in findings
	f.path == ["domain_endpoint_options", 0, "enforce_https"]
}

test_default_enabled_or_unresolved_passes if {
	count(policy.deny) == 0 with input as domain({})
	count(policy.deny) == 0 with input as domain({"domain_endpoint_options": [{"tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}]})
	count(policy.deny) == 0 with input as domain({"domain_endpoint_options": [{"enforce_https": true}]})
	count(policy.deny) == 0 with input as domain({"domain_endpoint_options": [{"enforce_https": "${var.https}"}]})
}

test_fix_enforces_https if {
	findings := policy.deny with input as domain({"domain_endpoint_options": [{"enforce_https": "false"}]})
	{f.fix | some f in findings} == {[{"set": ["domain_endpoint_options", 0, "enforce_https"], "value": true}]}
}
