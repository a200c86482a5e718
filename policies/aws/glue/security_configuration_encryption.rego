# METADATA
# title: Glue security configuration leaves job data unencrypted
# description: >-
#   A Glue security configuration decides how the jobs, crawlers and development
#   endpoints that use it protect what they write: the data written to S3, the
#   logs sent to CloudWatch (which often contain record samples and connection
#   details) and the job bookmarks that track processed data. Each of the three
#   defaults to DISABLED; Glue encrypts only what the configuration asks for,
#   with the KMS key the customer names.
# custom:
#   id: SRM-AWS-GLUE-001
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_glue_security_configuration]}
#   remediation: >-
#     Encrypt all three kinds of data: `encryption_configuration {
#     cloudwatch_encryption { cloudwatch_encryption_mode = "SSE-KMS" kms_key_arn =
#     aws_kms_key.glue.arn } job_bookmarks_encryption { job_bookmarks_encryption_mode
#     = "CSE-KMS" kms_key_arn = aws_kms_key.glue.arn } s3_encryption {
#     s3_encryption_mode = "SSE-KMS" kms_key_arn = aws_kms_key.glue.arn } }`.
#   frameworks: {nist-800-53: [SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html"
#     - "https://docs.aws.amazon.com/glue/latest/dg/console-security-configurations.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_security_configuration"
#   peers: {checkov: [CKV_AWS_99], kics: [glue_security_configuration_encryption_disabled]}
package srm.aws.glue.security_configuration_encryption

import data.srm.lib.terraform as tf

# block: [mode attribute, what it protects]
kinds := {
	"s3_encryption": ["s3_encryption_mode", "the data its jobs write to S3"],
	"cloudwatch_encryption": ["cloudwatch_encryption_mode", "the logs its jobs send to CloudWatch"],
	"job_bookmarks_encryption": ["job_bookmarks_encryption_mode", "its job bookmarks"],
}

deny contains {
	"msg": sprintf("Glue security configuration %s does not encrypt %s (%s = %q)", [r.address, what, attr, mode]),
	"resource": r.address,
	"path": ["encryption_configuration", i, block, j, attr],
} if {
	some r in tf.resources("aws_glue_security_configuration")
	some i, config in tf.blocks(r.values, "encryption_configuration")
	some block, [attr, what] in kinds
	some j, settings in tf.blocks(config, block)
	mode := settings[attr]
	is_string(mode)
	upper(mode) == "DISABLED"
}

deny contains {
	"msg": sprintf("Glue security configuration %s does not encrypt %s: %s is not set (default DISABLED)", [r.address, what, attr]),
	"resource": r.address,
	"path": ["encryption_configuration", i, block, j, attr],
} if {
	some r in tf.resources("aws_glue_security_configuration")
	some i, config in tf.blocks(r.values, "encryption_configuration")
	some block, [attr, what] in kinds
	some j, settings in tf.blocks(config, block)
	object.get(settings, attr, null) == null
}

unknown contains {"resource": r.address, "path": ["encryption_configuration", i, block, j, attr]} if {
	some r in tf.resources("aws_glue_security_configuration")
	some i, config in tf.blocks(r.values, "encryption_configuration")
	some block, [attr, _] in kinds
	some j, settings in tf.blocks(config, block)
	tf.is_unresolved(settings[attr])
}
