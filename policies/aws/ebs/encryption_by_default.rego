# METADATA
# title: EBS encryption by default is turned off
# description: >-
#   EBS encryption by default makes every new volume and snapshot copy in the
#   account and region encrypted, including the root volumes of instances launched
#   from unencrypted AMIs and volumes created by tools that never ask for
#   encryption. Declaring `aws_ebs_encryption_by_default` with `enabled = false`
#   switches that safety net off for the whole region, so any volume created without
#   an explicit `encrypted = true` lands on disk, and in its snapshots, in plaintext.
#   AWS leaves the setting off until the customer enables it.
# custom:
#   id: SRM-AWS-EBS-001
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ebs_encryption_by_default]}
#   remediation: >-
#     Turn the account-level setting on: `resource "aws_ebs_encryption_by_default"
#     "this" { enabled = true }` (the default of `enabled`), optionally with
#     `resource "aws_ebs_default_kms_key" "this" { key_arn = aws_kms_key.ebs.arn }`.
#   fix: {safety: safe, change: "Sets `enabled = true`; volumes created from then on in the region are encrypted with the default EBS key, existing volumes and running instances are not touched."}
#   frameworks: {cis-aws-3.0: ["2.2.1"], nist-800-53: [SC-28, SC-28(1)]}
#   peers: {checkov: [CKV_AWS_106], kics: [ebs_default_encryption_disabled]}
#   references:
#     - "https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-7"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_encryption_by_default"
package srm.aws.ebs.encryption_by_default

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s turns EBS encryption by default off for the region: enabled is %v; set enabled = true", [r.address, r.values.enabled]),
	"resource": r.address,
	"path": ["enabled"],
	"fix": [{"set": ["enabled"], "value": true}],
} if {
	some r in tf.resources("aws_ebs_encryption_by_default")
	tf.is_false(r.values.enabled)
}
