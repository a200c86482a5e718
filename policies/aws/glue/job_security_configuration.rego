# METADATA
# title: Glue job or crawler runs without a security configuration
# description: >-
#   A Glue job, crawler or development endpoint without a security configuration
#   writes its output to S3 under the bucket's default encryption only, sends its
#   logs to CloudWatch without a customer key, and keeps job bookmarks
#   unencrypted by Glue: the KMS key policies that should restrict who can read
#   the processed data do not apply. Glue applies encryption settings only
#   through the security configuration the customer attaches.
# custom:
#   id: SRM-AWS-GLUE-004
#   severity: low
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_glue_job, aws_glue_crawler, aws_glue_dev_endpoint]}
#   remediation: >-
#     Attach a security configuration that encrypts S3 output, logs and bookmarks
#     with KMS: `security_configuration = aws_glue_security_configuration.etl.name`.
#   frameworks: {nist-800-53: [SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html"
#     - "https://docs.aws.amazon.com/glue/latest/dg/set-up-encryption.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_job#security_configuration"
#   peers: {checkov: [CKV_AWS_195]}
package srm.aws.glue.job_security_configuration

import data.srm.lib.terraform as tf

kinds := {"aws_glue_job": "job", "aws_glue_crawler": "crawler", "aws_glue_dev_endpoint": "development endpoint"}

deny contains {
	"msg": sprintf("Glue %s %s has no security configuration, so its output, logs and bookmarks are not encrypted with a customer KMS key", [kind, r.address]),
	"resource": r.address,
	"path": ["security_configuration"],
} if {
	some type, kind in kinds
	some r in tf.resources(type)
	object.get(r.values, "security_configuration", null) in {null, ""}
}
