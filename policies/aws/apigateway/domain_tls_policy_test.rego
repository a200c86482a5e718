package srm.aws.apigateway.domain_tls_policy_test

import data.srm.aws.apigateway.domain_tls_policy as policy

domain(values) := {"format": "terraform", "module": ".", "resources": {"aws_api_gateway_domain_name": [{
	"address": "aws_api_gateway_domain_name.api", "type": "aws_api_gateway_domain_name", "name": "api",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"domain_name": "api.example.com", "regional_certificate_arn": "${aws_acm_certificate.api.arn}"}, values),
}]}}

test_tls_1_0_reported if {
	findings := policy.deny with input as domain({"security_policy": "TLS_1_0"})
	count(findings) == 1
	some f in findings
	f.path == ["security_policy"]
}

test_enhanced_policy_with_old_minimum_reported if {
	count(policy.deny) == 1 with input as domain({"security_policy": "SecurityPolicy_TLS13_1_0_2021_06"})
}

test_omitted_policy_reported if {
	count(policy.deny) == 1 with input as domain({})
}

test_modern_policies_pass if {
	count(policy.deny) == 0 with input as domain({"security_policy": "TLS_1_2"})
	count(policy.deny) == 0 with input as domain({"security_policy": "SecurityPolicy_TLS13_1_3_2025_09"})
	count(policy.deny) == 0 with input as domain({"security_policy": "SecurityPolicy_TLS12_PFS_2025_EDGE"})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as domain({"security_policy": "${var.security_policy}"})
}

test_fix_requires_tls_1_2 if {
	every values in [{"security_policy": "TLS_1_0"}, {}] {
		findings := policy.deny with input as domain(values)
		{f.fix | some f in findings} == {[{"set": ["security_policy"], "value": "TLS_1_2"}]}
	}
}
