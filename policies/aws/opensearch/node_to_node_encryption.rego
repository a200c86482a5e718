# METADATA
# title: OpenSearch domain does not encrypt traffic between its nodes
# description: >-
#   Without node-to-node encryption, shard replication, search fan-out and
#   cluster state travel between the domain's nodes inside the VPC in plaintext,
#   where anything able to sniff that network sees documents and queries.
#   OpenSearch Service provides TLS between nodes, but Terraform leaves it off
#   when node_to_node_encryption is omitted.
# custom:
#   id: SRM-AWS-OPENSEARCH-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_opensearch_domain, aws_elasticsearch_domain]}
#   remediation: >-
#     Enable it: `node_to_node_encryption { enabled = true }` (required, with
#     encryption at rest and HTTPS, for fine-grained access control).
#   fix: {safety: unsafe, change: "Sets `enabled = true` in `node_to_node_encryption` (adding the block when it is missing); the service applies it with a blue/green deployment and it cannot be turned off again, and on engine versions that cannot enable it in place (Elasticsearch before 6.7) Terraform replaces the domain and its data."}
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-3"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#node_to_node_encryption"
#   peers: {checkov: [CKV_AWS_6], kics: [elasticsearch_domain_not_encrypted_node_to_node], trivy: [AVD-AWS-0043]}
package srm.aws.opensearch.node_to_node_encryption

import data.srm.lib.terraform as tf

domain_types := ["aws_opensearch_domain", "aws_elasticsearch_domain"]

deny contains {
	"msg": sprintf("Search domain %s does not encrypt node-to-node traffic: node_to_node_encryption is not set (default disabled)", [r.address]),
	"resource": r.address,
	"path": ["node_to_node_encryption"],
	"fix": [{"set": ["node_to_node_encryption", 0, "enabled"], "value": true}],
} if {
	some type in domain_types
	some r in tf.resources(type)
	count(tf.blocks(r.values, "node_to_node_encryption")) == 0
}

deny contains {
	"msg": sprintf("Search domain %s does not encrypt node-to-node traffic (node_to_node_encryption.enabled = false)", [r.address]),
	"resource": r.address,
	"path": ["node_to_node_encryption", i, "enabled"],
	"fix": [{"set": ["node_to_node_encryption", i, "enabled"], "value": true}],
} if {
	some type in domain_types
	some r in tf.resources(type)
	some i, block in tf.blocks(r.values, "node_to_node_encryption")
	tf.is_false(object.get(block, "enabled", null))
}
