# METADATA
# title: Glue Data Catalog returns connection passwords in clear text
# description: >-
#   Glue connections store the user name and password of the JDBC databases,
#   Redshift clusters and other sources that jobs and crawlers connect to. With
#   return_connection_password_encrypted = false, GetConnection and
#   GetConnections return those passwords in clear to anyone allowed to read the
#   catalog, which is a far wider audience (analysts, crawlers, BI tools) than the
#   jobs that need them. Glue encrypts them with a customer KMS key only when this
#   account setting asks for it.
# custom:
#   id: SRM-AWS-GLUE-003
#   severity: medium
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_glue_data_catalog_encryption_settings]}
#   remediation: >-
#     Keep connection passwords encrypted: `connection_password_encryption {
#     return_connection_password_encrypted = true aws_kms_key_id =
#     aws_kms_key.glue_catalog.arn }`, and grant kms:Decrypt only to the job roles.
#   frameworks: {nist-800-53: [IA-5(7), SC-28, AC-6]}
#   references:
#     - "https://docs.aws.amazon.com/glue/latest/dg/encrypt-connection-passwords.html"
#     - "https://docs.aws.amazon.com/glue/latest/dg/encryption-at-rest.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_data_catalog_encryption_settings#connection_password_encryption"
#   peers: {checkov: [CKV_AWS_94], kics: [glue_data_catalog_encryption_disabled]}
package srm.aws.glue.connection_password_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Glue Data Catalog encryption settings %s return connection passwords in clear text (return_connection_password_encrypted = %v)", [r.address, password.return_connection_password_encrypted]),
	"resource": r.address,
	"path": ["data_catalog_encryption_settings", i, "connection_password_encryption", j, "return_connection_password_encrypted"],
} if {
	some r in tf.resources("aws_glue_data_catalog_encryption_settings")
	some i, settings in tf.blocks(r.values, "data_catalog_encryption_settings")
	some j, password in tf.blocks(settings, "connection_password_encryption")
	tf.is_false(password.return_connection_password_encrypted)
}

unknown contains {"resource": r.address, "path": ["data_catalog_encryption_settings", i, "connection_password_encryption", j, "return_connection_password_encrypted"]} if {
	some r in tf.resources("aws_glue_data_catalog_encryption_settings")
	some i, settings in tf.blocks(r.values, "data_catalog_encryption_settings")
	some j, password in tf.blocks(settings, "connection_password_encryption")
	tf.is_unresolved(password.return_connection_password_encrypted)
}
