# METADATA
# title: OpenSearch domain accepts unencrypted HTTP requests
# description: >-
#   With enforce_https set to false, the domain endpoint also answers plain HTTP:
#   queries, documents, and the credentials or signed requests of clients and
#   dashboards can cross the network unencrypted and be read or replayed.
#   OpenSearch Service supports HTTPS-only endpoints; the customer turned this
#   protection off explicitly.
# custom:
#   id: SRM-AWS-OPENSEARCH-003
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_opensearch_domain, aws_elasticsearch_domain]}
#   remediation: >-
#     Require HTTPS: `domain_endpoint_options { enforce_https = true
#     tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10" }`.
#   fix: {safety: unsafe, change: "Sets `enforce_https = true` in `domain_endpoint_options`; the domain refuses plain HTTP requests, so clients, dashboards and log shippers still using `http://` fail until they switch to HTTPS."}
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-8"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#enforce_https"
#   peers: {checkov: [CKV_AWS_83], kics: [elasticsearch_with_https_disabled], trivy: [AVD-AWS-0046]}
package srm.aws.opensearch.https_enforced

import data.srm.lib.terraform as tf

domain_types := ["aws_opensearch_domain", "aws_elasticsearch_domain"]

deny contains {
	"msg": sprintf("Search domain %s accepts plain HTTP (domain_endpoint_options.enforce_https = false)", [r.address]),
	"resource": r.address,
	"path": ["domain_endpoint_options", i, "enforce_https"],
	"fix": [{"set": ["domain_endpoint_options", i, "enforce_https"], "value": true}],
} if {
	some type in domain_types
	some r in tf.resources(type)
	some i, options in tf.blocks(r.values, "domain_endpoint_options")
	tf.is_false(object.get(options, "enforce_https", null))
}
