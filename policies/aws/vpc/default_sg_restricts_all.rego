# METADATA
# title: Default security group allows traffic
# description: >-
#   Every VPC has a default security group that AWS attaches to any instance,
#   interface or endpoint launched without an explicit group, so rules on it
#   silently apply to resources nobody meant to expose. Out of the box it lets
#   members talk to each other on every port and sends anything anywhere. Keeping
#   it empty forces every workload to use a purpose-built, reviewed security
#   group; managing it with aws_default_security_group and no rules removes all of
#   its rules.
# custom:
#   id: SRM-AWS-VPC-003
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_default_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule, aws_vpc_security_group_egress_rule]}
#   remediation: >-
#     Declare the default security group with no rules, which makes Terraform
#     remove all of them: `resource "aws_default_security_group" "default" {
#     vpc_id = aws_vpc.main.id }`, move the rules to a dedicated
#     `aws_security_group`, and attach no `aws_security_group_rule` or
#     `aws_vpc_security_group_*_rule` to the default group.
#   frameworks: {cis-aws-3.0: ["5.4"], nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   peers: {checkov: [CKV2_AWS_12], kics: [default_security_groups_with_unrestricted_traffic], trivy: [AVD-AWS-0173]}
#   references:
#     - "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group"
package srm.aws.vpc.default_sg_restricts_all

import data.srm.lib.terraform as tf

rule_types := ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"]

# Inline ingress / egress blocks on the default security group.
deny contains {
	"msg": sprintf("Default security group %s has an inline %s rule (block %d); the default security group must allow no traffic", [r.address, direction, i]),
	"resource": r.address,
	"path": [direction, i],
} if {
	some r in tf.resources("aws_default_security_group")
	some direction in ["ingress", "egress"]
	some i, _ in tf.blocks(r.values, direction)
}

# Separate rule resources attached to a default security group.
deny contains {
	"msg": sprintf("%s adds a rule to the default security group %s; the default security group must allow no traffic", [r.address, target]),
	"resource": r.address,
	"path": ["security_group_id"],
} if {
	some type in rule_types
	some r in tf.resources(type)
	target := default_group(r)
}

# default_group(rule) names the default security group the rule's
# security_group_id points at: an aws_default_security_group, or a VPC's
# default_security_group_id attribute.
default_group(rule) := min(targets) if {
	targets := {address |
		some address in tf.references(rule, "security_group_id")
		startswith(address, "aws_default_security_group.")
	}
	count(targets) > 0
} else := trim_suffix(trim_prefix(value, "${"), "}") if {
	value := rule.values.security_group_id
	tf.is_unresolved(value)
	regex.match(`\.default_security_group_id\}$`, value)
}
