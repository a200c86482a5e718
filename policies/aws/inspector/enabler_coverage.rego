# METADATA
# title: Amazon Inspector does not scan EC2 instances, container images and Lambda functions
# description: >-
#   Amazon Inspector continuously scans EC2 instances for vulnerable packages and
#   network exposure, ECR images for vulnerable dependencies, and Lambda functions
#   for vulnerable libraries, and rescans them when a new CVE is published. A
#   workload type missing from the enabler's `resource_types` gets no findings at
#   all, so known-exploitable software keeps running unnoticed. Inspector scans
#   only what the customer enables, per account and region.
# custom:
#   id: SRM-AWS-INSPECTOR-001
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_inspector2_enabler]}
#   remediation: >-
#     Enable every workload type: `resource_types = ["EC2", "ECR", "LAMBDA",
#     "LAMBDA_CODE"]` on `aws_inspector2_enabler` (with the account ids to cover),
#     and route findings to Security Hub or EventBridge.
#   frameworks: {nist-800-53: [RA-5, SI-2, CM-8]}
#   references:
#     - "https://docs.aws.amazon.com/inspector/latest/user/scanning-resources.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/inspector-controls.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/inspector2_enabler"
package srm.aws.inspector.enabler_coverage

import data.srm.lib.terraform as tf

required := {"EC2", "ECR", "LAMBDA"}

deny contains {
	"msg": sprintf("Amazon Inspector enabler %s does not scan %s: resource_types is %v; add %s", [r.address, concat(", ", sort(missing)), r.values.resource_types, concat(", ", [sprintf("%q", [m]) | some m in sort(missing)])]),
	"resource": r.address,
	"path": ["resource_types"],
} if {
	some r in tf.resources("aws_inspector2_enabler")
	types := r.values.resource_types
	is_array(types)
	not some_unresolved(types)
	missing := required - {upper(t) | some t in types; is_string(t)}
	count(missing) > 0
}

unknown contains {"resource": r.address, "path": ["resource_types"]} if {
	some r in tf.resources("aws_inspector2_enabler")
	types := r.values.resource_types
	tf.is_unresolved(types)
}

unknown contains {"resource": r.address, "path": ["resource_types"]} if {
	some r in tf.resources("aws_inspector2_enabler")
	some_unresolved(r.values.resource_types)
}

some_unresolved(types) if {
	is_array(types)
	some t in types
	tf.is_unresolved(t)
}
