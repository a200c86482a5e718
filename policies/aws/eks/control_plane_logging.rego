# METADATA
# title: EKS control plane does not send its API, audit and authenticator logs to CloudWatch
# description: >-
#   The Kubernetes audit log and the API server and authenticator logs are the only
#   record of who called the cluster API, with which IAM identity, and what they
#   changed: without them a stolen token, a privilege escalation through RBAC or a
#   deleted workload leaves no trace. EKS runs the control plane but publishes
#   none of these logs unless the customer lists the log types in
#   enabled_cluster_log_types.
# custom:
#   id: SRM-AWS-EKS-003
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: shared
#   input: {format: terraform, types: [aws_eks_cluster]}
#   remediation: >-
#     Enable at least the security-relevant control plane logs (all five is better):
#     `enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]`,
#     with an `aws_cloudwatch_log_group` named `/aws/eks/<cluster>/cluster` that sets a retention.
#   fix: {safety: safe, change: "Adds the missing `api`, `audit` and `authenticator` types to `enabled_cluster_log_types` (creating the list when it is missing); EKS starts sending those control plane logs to CloudWatch Logs, billed by volume, without touching the cluster's workloads."}
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-8"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#enabled_cluster_log_types"
#   peers: {checkov: [CKV_AWS_37], kics: [eks_cluster_log_disabled], trivy: [AVD-AWS-0038]}
package srm.aws.eks.control_plane_logging

import data.srm.lib.terraform as tf

required := {"api", "audit", "authenticator"}

deny contains {
	"msg": sprintf("EKS cluster %s publishes no control plane logs: enabled_cluster_log_types is not set (api, audit and authenticator are off)", [r.address]),
	"resource": r.address,
	"path": ["enabled_cluster_log_types"],
	"fix": [{"set": ["enabled_cluster_log_types"], "value": sort(required)}],
} if {
	some r in tf.resources("aws_eks_cluster")
	not "enabled_cluster_log_types" in object.keys(r.values)
}

deny contains {
	"msg": sprintf("EKS cluster %s does not publish the %s control plane logs (enabled_cluster_log_types is %s)", [r.address, concat(", ", sort(missing)), json.marshal(types)]),
	"resource": r.address,
	"path": ["enabled_cluster_log_types"],
	"fix": [{"append": ["enabled_cluster_log_types"], "value": t} | some t in sort(missing)],
} if {
	some r in tf.resources("aws_eks_cluster")
	types := r.values.enabled_cluster_log_types
	is_array(types)
	not has_unresolved_item(types)
	missing := required - {t | some t in types}
	count(missing) > 0
}

has_unresolved_item(types) if {
	some t in types
	tf.is_unresolved(t)
}
