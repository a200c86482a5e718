# METADATA
# title: SageMaker notebook instance has direct internet access
# description: >-
#   With direct internet access, SageMaker gives the notebook instance a network
#   interface with internet access outside the customer's VPC: code run in the
#   notebook (including third-party packages and notebooks pulled from the web)
#   can send training data and the instance role's credentials anywhere, and
#   security groups, network ACLs, VPC endpoint policies and flow logs do not
#   apply to that path. It is the default until the notebook is placed in a VPC
#   subnet with direct internet access disabled.
# custom:
#   id: SRM-AWS-SAGEMAKER-001
#   severity: high
#   areas: [network-controls, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_sagemaker_notebook_instance]}
#   remediation: >-
#     Run the notebook in a private subnet and route its traffic through the VPC:
#     `subnet_id = aws_subnet.private.id`, `security_groups =
#     [aws_security_group.notebook.id]`, `direct_internet_access = "Disabled"`
#     (with VPC endpoints or a NAT gateway for the services it needs).
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   references:
#     - "https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-2"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#direct_internet_access"
#   peers: {checkov: [CKV_AWS_122], kics: [sagemaker_direct_internet_access_enabled]}
package srm.aws.sagemaker.notebook_direct_internet_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("SageMaker notebook instance %s has direct internet access (direct_internet_access = %q)", [r.address, r.values.direct_internet_access]),
	"resource": r.address,
	"path": ["direct_internet_access"],
} if {
	some r in tf.resources("aws_sagemaker_notebook_instance")
	is_string(r.values.direct_internet_access)
	lower(r.values.direct_internet_access) == "enabled"
}

deny contains {
	"msg": sprintf("SageMaker notebook instance %s has direct internet access: direct_internet_access is not set (default Enabled)", [r.address]),
	"resource": r.address,
	"path": ["direct_internet_access"],
} if {
	some r in tf.resources("aws_sagemaker_notebook_instance")
	object.get(r.values, "direct_internet_access", null) == null
}

unknown contains {"resource": r.address, "path": ["direct_internet_access"]} if {
	some r in tf.resources("aws_sagemaker_notebook_instance")
	tf.is_unresolved(r.values.direct_internet_access)
}
