# METADATA
# title: Security Hub does not enable new organization accounts
# description: >-
#   With local configuration, the delegated Security Hub administrator enables the
#   service and its default standards in new member accounts only when
#   `auto_enable` is true and `auto_enable_standards` is "DEFAULT". Otherwise every
#   account created later, often the ones set up quickly for experiments, runs
#   without findings aggregation or control checks until someone notices. Central
#   configuration (configuration policies) governs new accounts instead and is not
#   judged here.
# custom:
#   id: SRM-AWS-SECURITYHUB-002
#   severity: low
#   areas: [compliance, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [aws_securityhub_organization_configuration]}
#   remediation: >-
#     Enable new accounts automatically: `auto_enable = true` and
#     `auto_enable_standards = "DEFAULT"` on
#     `aws_securityhub_organization_configuration`, or move to central configuration
#     with `organization_configuration { configuration_type = "CENTRAL" }` and an
#     `aws_securityhub_configuration_policy` associated with the root.
#   frameworks: {cis-aws-3.0: ["4.16"], nist-800-53: [CA-7, SI-4]}
#   references:
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/accounts-orgs-auto-enable.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/central-configuration-intro.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/securityhub_organization_configuration"
package srm.aws.securityhub.organization_auto_enable

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s does not enable Security Hub in new member accounts: auto_enable is %v; set it to true (or use central configuration)", [r.address, r.values.auto_enable]),
	"resource": r.address,
	"path": ["auto_enable"],
} if {
	some r in local_configurations
	tf.is_false(r.values.auto_enable)
}

deny contains {
	"msg": sprintf("%s enables Security Hub in new member accounts without any standard: auto_enable_standards is %q; set it to \"DEFAULT\"", [r.address, r.values.auto_enable_standards]),
	"resource": r.address,
	"path": ["auto_enable_standards"],
} if {
	some r in local_configurations
	not tf.is_false(r.values.auto_enable)
	r.values.auto_enable_standards == "NONE"
}

# Local configuration: no organization_configuration block, or one whose type is
# LOCAL (CENTRAL must set auto_enable = false and uses configuration policies).
local_configurations contains r if {
	some r in tf.resources("aws_securityhub_organization_configuration")
	not central(r.values)
}

central(values) if {
	some block in tf.blocks(values, "organization_configuration")
	block.configuration_type != "LOCAL"
}
