# METADATA
# title: OpenSearch domain endpoint accepts TLS 1.0 and 1.1
# description: >-
#   The TLS security policy of a domain endpoint sets the oldest protocol clients
#   may negotiate. Policy-Min-TLS-1-0-2019-07, historically the default when no
#   policy is given, still accepts TLS 1.0 and 1.1, which are deprecated and open
#   to downgrade attacks on the traffic carrying queries, documents and
#   credentials. Terraform only manages the policy when it is written, so the
#   domain keeps whatever the service chose.
# custom:
#   id: SRM-AWS-OPENSEARCH-004
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_opensearch_domain, aws_elasticsearch_domain]}
#   remediation: >-
#     Require TLS 1.2 or later: `domain_endpoint_options { enforce_https = true
#     tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10" }`.
#   fix: {safety: unsafe, change: "Sets `tls_security_policy = \"Policy-Min-TLS-1-2-PFS-2023-10\"` in `domain_endpoint_options` (adding the block with `enforce_https = true`, the provider default, when it is missing); clients limited to TLS 1.0/1.1 or to ciphers without forward secrecy can no longer connect."}
#   frameworks: {nist-800-53: [SC-8, SC-8(1), SC-13]}
#   references:
#     - "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-8"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#tls_security_policy"
#   peers: {checkov: [CKV_AWS_228], trivy: [AVD-AWS-0126]}
package srm.aws.opensearch.tls_policy

import data.srm.lib.terraform as tf

domain_types := ["aws_opensearch_domain", "aws_elasticsearch_domain"]

# The policy the fix writes: TLS 1.2 minimum with forward-secret ciphers only.
tls_policy := "Policy-Min-TLS-1-2-PFS-2023-10"

deny contains {
	"msg": sprintf("Search domain %s accepts TLS 1.0/1.1: tls_security_policy is %q", [r.address, options.tls_security_policy]),
	"resource": r.address,
	"path": ["domain_endpoint_options", i, "tls_security_policy"],
	"fix": [{"set": ["domain_endpoint_options", i, "tls_security_policy"], "value": tls_policy}],
} if {
	some r in domains
	some i, options in tf.blocks(r.values, "domain_endpoint_options")
	policy := options.tls_security_policy
	is_string(policy)
	not tf.is_unresolved(policy)
	not startswith(policy, "Policy-Min-TLS-1-2")
}

deny contains {
	"msg": sprintf("Search domain %s sets no tls_security_policy: the endpoint may accept TLS 1.0/1.1 (Policy-Min-TLS-1-0-2019-07)", [r.address]),
	"resource": r.address,
	"path": ["domain_endpoint_options", i, "tls_security_policy"],
	"fix": [{"set": ["domain_endpoint_options", i, "tls_security_policy"], "value": tls_policy}],
} if {
	some r in domains
	some i, options in tf.blocks(r.values, "domain_endpoint_options")
	not "tls_security_policy" in object.keys(options)
}

deny contains {
	"msg": sprintf("Search domain %s has no domain_endpoint_options: no TLS security policy is set, so the endpoint may accept TLS 1.0/1.1", [r.address]),
	"resource": r.address,
	"path": ["domain_endpoint_options"],
	"fix": [
		{"set": ["domain_endpoint_options", 0, "enforce_https"], "value": true},
		{"set": ["domain_endpoint_options", 0, "tls_security_policy"], "value": tls_policy},
	],
} if {
	some r in domains
	count(tf.blocks(r.values, "domain_endpoint_options")) == 0
}

domains contains r if {
	some type in domain_types
	some r in tf.resources(type)
}
