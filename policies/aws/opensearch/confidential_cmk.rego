# METADATA
# title: OpenSearch domain with confidential data is not encrypted with a customer managed key
# description: >-
#   A search domain classified confidential or restricted that encrypts at rest
#   with the aws/es AWS managed key leaves key control to AWS: its key policy
#   cannot be restricted, disabled or shared with a recovery account, and
#   decryptions cannot be separated in CloudTrail. Data of these classes is
#   expected to sit under a customer managed key, which is only possible if the
#   customer chooses one when creating the domain.
# custom:
#   id: SRM-AWS-OPENSEARCH-006
#   severity: medium
#   areas: [compliance, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_opensearch_domain, aws_elasticsearch_domain]}
#   remediation: >-
#     Create the domain with a customer managed key:
#     `encrypt_at_rest { enabled = true kms_key_id = aws_kms_key.search.arn }`
#     (changing the key recreates the domain: migrate through a snapshot).
#   frameworks: {nist-800-53: [SC-12, SC-28(1), RA-2]}
#   references:
#     - "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html"
#     - "https://docs.aws.amazon.com/whitepapers/latest/data-classification/data-classification-overview.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#kms_key_id"
package srm.aws.opensearch.confidential_cmk

import data.srm.lib.terraform as tf

domain_types := ["aws_opensearch_domain", "aws_elasticsearch_domain"]

deny contains {
	"msg": sprintf("Search domain %s is classified %s but is encrypted with the AWS managed key (%s)", [r.address, concat("/", sort(tf.classifications(r.values))), describe(block)]),
	"resource": r.address,
	"path": ["encrypt_at_rest", i, "kms_key_id"],
} if {
	some type in domain_types
	some r in tf.resources(type)
	tf.is_sensitive(r.values)
	some i, block in tf.blocks(r.values, "encrypt_at_rest")
	tf.is_true(object.get(block, "enabled", false))
	aws_managed(object.get(block, "kms_key_id", ""))
}

aws_managed(key) if key in {"", null}

aws_managed(key) if {
	is_string(key)
	contains(key, "alias/aws/es")
}

describe(block) := sprintf("kms_key_id = %q", [block.kms_key_id]) if {
	is_string(block.kms_key_id)
	block.kms_key_id != ""
} else := "kms_key_id is not set"
