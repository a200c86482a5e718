# METADATA
# title: Data store has no data classification tag
# description: >-
#   Controls are chosen by how sensitive the data is: without a classification
#   nobody can tell which buckets, databases, tables or volumes hold confidential
#   data, which encryption, retention and access rules they need, or which of them
#   are in scope of an audit. AWS stores whatever tags it is given and classifies
#   nothing; the customer must label each data store, here with a
#   `data-classification` or `DataClassification` tag on the resource or in the
#   provider's `default_tags`.
# custom:
#   id: SRM-AWS-TAG-001
#   severity: low
#   areas: [compliance]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [aws_s3_bucket, aws_db_instance, aws_rds_cluster, aws_dynamodb_table, aws_ebs_volume, aws_efs_file_system, aws_elasticache_replication_group]
#   remediation: >-
#     Tag the data store with its class:
#     `tags = { data-classification = "confidential" }` (public, internal,
#     confidential or restricted), or set it once for the module with
#     `provider "aws" { default_tags { tags = { data-classification = "internal" } } }`.
#   frameworks: {nist-800-53: [RA-2, CM-8]}
#   references:
#     - "https://docs.aws.amazon.com/whitepapers/latest/data-classification/data-classification-overview.html"
#     - "https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/guides/resource-tagging"
package srm.aws.tagging.data_classification_tag

import data.srm.lib.terraform as tf

data_store_types := [
	"aws_s3_bucket",
	"aws_db_instance",
	"aws_rds_cluster",
	"aws_dynamodb_table",
	"aws_ebs_volume",
	"aws_efs_file_system",
	"aws_elasticache_replication_group",
]

classification_keys := {"data-classification", "DataClassification"}

deny contains {
	"msg": sprintf("%s has no tags, so no %s tag", [r.address, key_names]),
	"resource": r.address,
	"path": ["tags"],
} if {
	not default_tags_cover
	some type in data_store_types
	some r in tf.resources(type)
	object.get(r.values, "tags", null) == null
}

deny contains {
	"msg": sprintf("%s has tags (%s) but no %s tag", [r.address, concat(", ", sort(object.keys(r.values.tags))), key_names]),
	"resource": r.address,
	"path": ["tags"],
} if {
	not default_tags_cover
	some type in data_store_types
	some r in tf.resources(type)
	is_object(r.values.tags)
	not classified(r.values.tags)
}

key_names := concat(" or ", sort(classification_keys))

classified(tags) if {
	some key in object.keys(tags)
	key in classification_keys
}

# A computed key (`(var.key) = "x"`) may be the classification: not judged.
classified(tags) if {
	some key in object.keys(tags)
	tf.is_unresolved(key)
}

# default_tags_cover: an aws provider of this module sets the tag in default_tags
# (every resource inherits it), or sets default_tags we cannot read.
default_tags_cover if {
	some tags in provider_default_tags
	is_object(tags)
	classified(tags)
}

default_tags_cover if {
	some tags in provider_default_tags
	tf.is_unresolved(tags)
}

provider_default_tags contains tags if {
	some provider in object.get(input, "providers", [])
	is_object(provider)
	object.get(provider, "name", "") == "aws"
	values := object.get(provider, "values", {})
	some default_tags in tf.blocks(values, "default_tags")
	tags := default_tags.tags
}
