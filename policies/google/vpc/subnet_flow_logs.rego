# METADATA
# title: VPC subnet does not record flow logs
# description: >-
#   VPC Flow Logs sample the network flows of the VMs, GKE nodes and serverless
#   connectors of a subnet. They are the record investigators need to see what a
#   compromised host talked to, to spot exfiltration or scanning, and to verify
#   segmentation; Google records nothing unless the subnet has a `log_config`
#   block. Proxy-only and internal HTTPS load balancer subnets, where flow logs
#   are not supported, are not reported.
# custom:
#   id: SRM-GCP-VPC-003
#   severity: low
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [google_compute_subnetwork]}
#   remediation: >-
#     Turn flow logs on for the subnet: `log_config { aggregation_interval =
#     "INTERVAL_5_SEC" flow_sampling = 1.0 metadata = "INCLUDE_ALL_METADATA" }`.
#   frameworks: {cis-gcp-2.0: ["3.8"], nist-800-53: [AU-2, AU-12, SI-4]}
#   references:
#     - "https://cloud.google.com/vpc/docs/flow-logs"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_subnetwork#log_config"
#   peers:
#     checkov: [CKV_GCP_26]
#     kics: [google_compute_subnetwork_logging_disabled]
#     trivy: [AVD-GCP-0029]
package srm.google.vpc.subnet_flow_logs

import data.srm.lib.terraform as tf

# Subnets that hold no VM interfaces: flow logs cannot be enabled on them.
exempt_purposes := {"REGIONAL_MANAGED_PROXY", "GLOBAL_MANAGED_PROXY", "INTERNAL_HTTPS_LOAD_BALANCER", "PRIVATE_SERVICE_CONNECT", "PRIVATE_NAT"}

deny contains {
	"msg": sprintf("subnet %s has no log_config block: VPC Flow Logs are off", [r.address]),
	"resource": r.address,
	"path": ["log_config"],
} if {
	some r in tf.resources("google_compute_subnetwork")
	not object.get(r.values, "purpose", "PRIVATE") in exempt_purposes
	count(tf.blocks(r.values, "log_config")) == 0
	not legacy_flow_logs_on(r.values)
}

# Provider versions before 4.0 also accepted `enable_flow_logs = true`.
legacy_flow_logs_on(values) if tf.is_true(values.enable_flow_logs)

legacy_flow_logs_on(values) if tf.is_unresolved(values.enable_flow_logs)
