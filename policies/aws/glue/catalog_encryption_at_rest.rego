# METADATA
# title: Glue Data Catalog is not encrypted at rest
# description: >-
#   The Data Catalog holds the metadata of every database, table, partition and
#   connection of the account: schemas, S3 locations, column names and comments
#   that describe sensitive data, and connection definitions. With
#   catalog_encryption_mode DISABLED, Glue stores these objects without a KMS key
#   the customer controls, so key policies and CloudTrail key usage records do not
#   apply to them. Catalog encryption is an account setting the customer turns on.
# custom:
#   id: SRM-AWS-GLUE-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_glue_data_catalog_encryption_settings]}
#   remediation: >-
#     Encrypt the catalog with a KMS key: `data_catalog_encryption_settings {
#     encryption_at_rest { catalog_encryption_mode = "SSE-KMS" sse_aws_kms_key_id =
#     aws_kms_key.glue_catalog.arn } connection_password_encryption { ... } }`.
#   frameworks: {nist-800-53: [SC-28, SC-28(1), SC-12]}
#   references:
#     - "https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html"
#     - "https://docs.aws.amazon.com/glue/latest/dg/encryption-at-rest.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_data_catalog_encryption_settings#encryption_at_rest"
#   peers: {checkov: [CKV_AWS_94], kics: [glue_data_catalog_encryption_disabled]}
package srm.aws.glue.catalog_encryption_at_rest

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Glue Data Catalog encryption settings %s leave the catalog unencrypted (catalog_encryption_mode = %q)", [r.address, at_rest.catalog_encryption_mode]),
	"resource": r.address,
	"path": ["data_catalog_encryption_settings", i, "encryption_at_rest", j, "catalog_encryption_mode"],
} if {
	some r in tf.resources("aws_glue_data_catalog_encryption_settings")
	some i, settings in tf.blocks(r.values, "data_catalog_encryption_settings")
	some j, at_rest in tf.blocks(settings, "encryption_at_rest")
	is_string(at_rest.catalog_encryption_mode)
	upper(at_rest.catalog_encryption_mode) == "DISABLED"
}

unknown contains {"resource": r.address, "path": ["data_catalog_encryption_settings", i, "encryption_at_rest", j, "catalog_encryption_mode"]} if {
	some r in tf.resources("aws_glue_data_catalog_encryption_settings")
	some i, settings in tf.blocks(r.values, "data_catalog_encryption_settings")
	some j, at_rest in tf.blocks(settings, "encryption_at_rest")
	tf.is_unresolved(at_rest.catalog_encryption_mode)
}
