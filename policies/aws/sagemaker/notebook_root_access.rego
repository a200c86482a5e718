# METADATA
# title: SageMaker notebook instance gives its users root access
# description: >-
#   With root access, every user of the notebook can become root on the
#   instance: install any software, change the lifecycle scripts' results,
#   disable logging or monitoring agents, and tamper with the environment other
#   users of the notebook rely on, which defeats the guardrails set up for it.
#   SageMaker enables root access by default; lifecycle configurations still run
#   as root when it is disabled.
# custom:
#   id: SRM-AWS-SAGEMAKER-002
#   severity: medium
#   areas: [guest-os, iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_sagemaker_notebook_instance]}
#   remediation: >-
#     Disable root access and install what the users need through a lifecycle
#     configuration: `root_access = "Disabled"` with `lifecycle_config_name =
#     aws_sagemaker_notebook_instance_lifecycle_configuration.setup.name`.
#   fix: {safety: unsafe, change: "Sets `root_access = \"Disabled\"`; the notebook instance is stopped and restarted to apply it, and its users can no longer use sudo (install packages through a lifecycle configuration instead)."}
#   frameworks: {nist-800-53: [AC-6, AC-6(2), CM-5]}
#   references:
#     - "https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-3"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#root_access"
#   peers: {checkov: [CKV_AWS_307]}
package srm.aws.sagemaker.notebook_root_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("SageMaker notebook instance %s lets its users become root (root_access = %q)", [r.address, r.values.root_access]),
	"resource": r.address,
	"path": ["root_access"],
	"fix": [{"set": ["root_access"], "value": "Disabled"}],
} if {
	some r in tf.resources("aws_sagemaker_notebook_instance")
	is_string(r.values.root_access)
	lower(r.values.root_access) == "enabled"
}

deny contains {
	"msg": sprintf("SageMaker notebook instance %s lets its users become root: root_access is not set (default Enabled)", [r.address]),
	"resource": r.address,
	"path": ["root_access"],
	"fix": [{"set": ["root_access"], "value": "Disabled"}],
} if {
	some r in tf.resources("aws_sagemaker_notebook_instance")
	object.get(r.values, "root_access", null) == null
}

unknown contains {"resource": r.address, "path": ["root_access"]} if {
	some r in tf.resources("aws_sagemaker_notebook_instance")
	tf.is_unresolved(r.values.root_access)
}
