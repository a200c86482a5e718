# METADATA
# title: Security Hub is enabled without any security standard
# description: >-
#   Security Hub evaluates the account against its security standards (AWS
#   Foundational Security Best Practices, CIS AWS Foundations, PCI DSS, NIST
#   800-53) and aggregates findings from GuardDuty, Inspector and Macie. Enabling
#   the account with `enable_default_standards = false` and subscribing to no
#   standard leaves it running without any control checks, so misconfigurations go
#   unreported while dashboards suggest coverage. The default standards are only
#   switched off on the customer's request.
# custom:
#   id: SRM-AWS-SECURITYHUB-001
#   severity: medium
#   areas: [compliance, incident-response]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [aws_securityhub_account, aws_securityhub_standards_subscription, aws_securityhub_configuration_policy]
#   remediation: >-
#     Keep the default standards (`enable_default_standards = true`, the default) or
#     subscribe explicitly: `resource "aws_securityhub_standards_subscription" "fsbp"
#     { standards_arn = "arn:aws:securityhub:${var.region}::standards/aws-foundational-security-best-practices/v/1.0.0"
#     depends_on = [aws_securityhub_account.this] }` (and the CIS AWS Foundations
#     standard).
#   frameworks: {cis-aws-3.0: ["4.16"], nist-800-53: [CA-7, SI-4, RA-5]}
#   references:
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/standards-reference.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-standards-enable-disable.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/securityhub_account#enable_default_standards"
package srm.aws.securityhub.standards_enabled

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Security Hub account %s disables the default standards (enable_default_standards is %v) and no aws_securityhub_standards_subscription or configuration policy in this module enables another, so no security control is evaluated", [r.address, r.values.enable_default_standards]),
	"resource": r.address,
	"path": ["enable_default_standards"],
} if {
	some r in tf.resources("aws_securityhub_account")
	tf.is_false(r.values.enable_default_standards)
	count(tf.resources("aws_securityhub_standards_subscription")) == 0
	count(tf.resources("aws_securityhub_configuration_policy")) == 0
}
