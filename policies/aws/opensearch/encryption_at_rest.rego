# METADATA
# title: OpenSearch domain does not encrypt data at rest
# description: >-
#   Without encryption at rest, an OpenSearch (or Elasticsearch) domain keeps its
#   indices, swap files, automated snapshots and logs on disk unencrypted, and no
#   KMS key policy stands between the storage and the data. Search clusters
#   typically hold copies of application data, logs with personal data and
#   security telemetry. Terraform leaves encryption off when encrypt_at_rest is
#   omitted, and it can only be enabled in place on recent engine versions.
# custom:
#   id: SRM-AWS-OPENSEARCH-001
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_opensearch_domain, aws_elasticsearch_domain]}
#   remediation: >-
#     Enable encryption at rest, ideally with a customer managed key:
#     `encrypt_at_rest { enabled = true kms_key_id = aws_kms_key.search.arn }`.
#   fix: {safety: unsafe, change: "Sets `enabled = true` in `encrypt_at_rest` (adding the block when it is missing, with the AWS managed key); the service applies it with a blue/green deployment and it cannot be turned off again, and on engine versions that cannot enable it in place (Elasticsearch before 6.7) Terraform replaces the domain and its data."}
#   frameworks: {nist-800-53: [SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#encrypt_at_rest"
#   peers: {checkov: [CKV_AWS_5], kics: [elasticsearch_not_encrypted_at_rest], trivy: [AVD-AWS-0048]}
package srm.aws.opensearch.encryption_at_rest

import data.srm.lib.terraform as tf

domain_types := ["aws_opensearch_domain", "aws_elasticsearch_domain"]

deny contains {
	"msg": sprintf("Search domain %s does not encrypt data at rest: encrypt_at_rest is not set (default disabled)", [r.address]),
	"resource": r.address,
	"path": ["encrypt_at_rest"],
	"fix": [{"set": ["encrypt_at_rest", 0, "enabled"], "value": true}],
} if {
	some type in domain_types
	some r in tf.resources(type)
	count(tf.blocks(r.values, "encrypt_at_rest")) == 0
}

deny contains {
	"msg": sprintf("Search domain %s does not encrypt data at rest (encrypt_at_rest.enabled = false)", [r.address]),
	"resource": r.address,
	"path": ["encrypt_at_rest", i, "enabled"],
	"fix": [{"set": ["encrypt_at_rest", i, "enabled"], "value": true}],
} if {
	some type in domain_types
	some r in tf.resources(type)
	some i, block in tf.blocks(r.values, "encrypt_at_rest")
	tf.is_false(object.get(block, "enabled", null))
}
