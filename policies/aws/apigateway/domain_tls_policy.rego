# METADATA
# title: API Gateway custom domain accepts TLS 1.0 and 1.1
# description: >-
#   A REST API custom domain with the TLS_1_0 security policy still negotiates
#   TLS 1.0 and 1.1 and their legacy CBC cipher suites, which are deprecated
#   (RFC 8996) and exposed to downgrade and padding-oracle attacks on the traffic
#   of older clients. The security policy of a custom domain is the customer's
#   choice and is not raised automatically.
# custom:
#   id: SRM-AWS-APIGW-004
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_api_gateway_domain_name]}
#   remediation: >-
#     Require TLS 1.2 or later: `security_policy = "TLS_1_2"` (or an enhanced
#     policy such as `"SecurityPolicy_TLS13_1_2_2021_06"`).
#   fix: {safety: unsafe, change: "Sets `security_policy = \"TLS_1_2\"`; clients that only speak TLS 1.0 or 1.1 can no longer connect to the custom domain."}
#   frameworks: {nist-800-53: [SC-8, SC-8(1), SC-13]}
#   references:
#     - "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html"
#     - "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-security-policies-list.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_domain_name#security_policy"
#   peers: {checkov: [CKV_AWS_206], kics: [api_gateway_without_security_policy], trivy: [AVD-AWS-0005]}
package srm.aws.apigateway.domain_tls_policy

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("API Gateway domain %s accepts TLS versions below 1.2 (security_policy = %q)", [r.address, policy]),
	"resource": r.address,
	"path": ["security_policy"],
	"fix": [{"set": ["security_policy"], "value": "TLS_1_2"}],
} if {
	some r in tf.resources("aws_api_gateway_domain_name")
	policy := r.values.security_policy
	is_string(policy)
	not tf.is_unresolved(policy)
	not modern(policy)
}

deny contains {
	"msg": sprintf("API Gateway domain %s sets no security_policy, so API Gateway applies TLS_1_0 (TLS 1.0 and 1.1 accepted)", [r.address]),
	"resource": r.address,
	"path": ["security_policy"],
	"fix": [{"set": ["security_policy"], "value": "TLS_1_2"}],
} if {
	some r in tf.resources("aws_api_gateway_domain_name")
	not "security_policy" in object.keys(r.values)
}

# TLS_1_2 and the enhanced policies with a TLS 1.2 or 1.3 minimum.
modern(policy) if upper(policy) == "TLS_1_2"

modern(policy) if {
	regex.match(`^SecurityPolicy_TLS1[23]_`, policy)
	not regex.match(`^SecurityPolicy_TLS13_1_[01]_`, policy)
}
