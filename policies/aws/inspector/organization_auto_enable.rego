# METADATA
# title: Amazon Inspector is not turned on for new organization accounts
# description: >-
#   The delegated Inspector administrator enables scanning in accounts that join
#   the organization only for the workload types set to true in `auto_enable`.
#   Otherwise each new account, often one set up quickly for an experiment or an
#   acquisition, runs EC2 instances, container images or Lambda functions that no
#   one scans for known vulnerabilities until someone enables Inspector there by
#   hand. Lambda scanning is off unless the customer turns it on.
# custom:
#   id: SRM-AWS-INSPECTOR-002
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: terraform, types: [aws_inspector2_organization_configuration]}
#   remediation: >-
#     Enable scanning in new accounts: `auto_enable { ec2 = true ecr = true lambda =
#     true lambda_code = true }` on `aws_inspector2_organization_configuration`,
#     and enable existing members with `aws_inspector2_member_association` and
#     `aws_inspector2_enabler`.
#   frameworks: {nist-800-53: [RA-5, SI-2, CM-8]}
#   references:
#     - "https://docs.aws.amazon.com/inspector/latest/user/managing-multiple-accounts.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/inspector2_organization_configuration"
package srm.aws.inspector.organization_auto_enable

import data.srm.lib.terraform as tf

workloads := {"ec2": "EC2 instances", "ecr": "container images in ECR", "lambda": "Lambda functions"}

deny contains {
	"msg": sprintf("%s does not scan %s in new member accounts: auto_enable.%s %s; set it to true", [r.address, label, name, shown(auto, name)]),
	"resource": r.address,
	"path": ["auto_enable", i, name],
} if {
	some r in tf.resources("aws_inspector2_organization_configuration")
	some i, auto in tf.blocks(r.values, "auto_enable")
	some name, label in workloads
	value := object.get(auto, name, false)
	tf.is_false(value)
}

unknown contains {"resource": r.address, "path": ["auto_enable", i, name]} if {
	some r in tf.resources("aws_inspector2_organization_configuration")
	some i, auto in tf.blocks(r.values, "auto_enable")
	some name, _ in workloads
	tf.is_unresolved(object.get(auto, name, null))
}

shown(auto, name) := sprintf("is %v", [auto[name]]) if {
	auto[name] != null
} else := "is not set (default false)"
