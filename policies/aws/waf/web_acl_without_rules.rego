# METADATA
# title: WAFv2 web ACL has no rules and allows every request
# description: >-
#   A web ACL without rules and with default_action allow inspects nothing: the
#   resources associated with it look protected in inventories and compliance
#   reports, yet every injection payload, bot and flood passes through to the
#   application. AWS WAF evaluates only the rules and rule groups the customer
#   adds; the managed rule groups have to be chosen and added too.
# custom:
#   id: SRM-AWS-WAF-004
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_wafv2_web_acl, aws_wafv2_web_acl_rule_group_association]}
#   remediation: >-
#     Add at least the AWS managed baseline rule groups: `rule { name = "aws-common"
#     priority = 1 override_action { none {} } statement { managed_rule_group_statement
#     { vendor_name = "AWS" name = "AWSManagedRulesCommonRuleSet" } } visibility_config { ... } }`,
#     plus a rate-based rule for the application's expected traffic.
#   frameworks: {nist-800-53: [SC-5, SC-7, SI-4]}
#   references:
#     - "https://docs.aws.amazon.com/waf/latest/developerguide/web-acl.html"
#     - "https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-baseline.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-10"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/wafv2_web_acl#rule"
#   peers: {checkov: [CKV_AWS_175]}
package srm.aws.waf.web_acl_without_rules

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("WAFv2 web ACL %s has no rules and its default action allows every request", [r.address]),
	"resource": r.address,
	"path": ["rule"],
} if {
	some r in tf.resources("aws_wafv2_web_acl")
	count(tf.blocks(r.values, "rule")) == 0
	object.get(r.values, "rule_json", null) in {null, ""}
	allows_by_default(r.values)
	not tf.has_referrer("aws_wafv2_web_acl_rule_group_association", "web_acl_arn", r.address)
	not unknown_association_target
}

# A rule group association whose web_acl_arn is an expression naming no web ACL of
# this module may add rules to any of them.
unknown_association_target if {
	some a in tf.resources("aws_wafv2_web_acl_rule_group_association")
	tf.is_unresolved(a.values.web_acl_arn)
	every address in tf.references(a, "web_acl_arn") {
		not startswith(address, "aws_wafv2_web_acl.")
	}
}

# Only the web ACLs are judged; the rule group associations are not counted.
applies contains r.address if some r in tf.resources("aws_wafv2_web_acl")

allows_by_default(values) if {
	some action in tf.blocks(values, "default_action")
	count(tf.blocks(action, "allow")) > 0
}
