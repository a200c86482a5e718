# METADATA
# title: GKE cluster sends no logs or metrics to Cloud Logging and Cloud Monitoring
# description: >-
#   With logging or monitoring turned off, container, node and control plane logs
#   (including Kubernetes audit logs of workload activity) and health metrics are
#   not collected, so attacks, crashes and resource exhaustion go unnoticed and
#   incidents cannot be investigated. GKE sends system and workload logs and
#   system metrics by default; this policy reports clusters that set the service to
#   `none` (or to the decommissioned legacy Stackdriver service) or disable every
#   component.
# custom:
#   id: SRM-GCP-GKE-010
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [google_container_cluster]}
#   remediation: >-
#     Keep the defaults, or set `logging_config { enable_components = ["SYSTEM_COMPONENTS",
#     "WORKLOADS"] }` and `monitoring_config { enable_components = ["SYSTEM_COMPONENTS"] }`
#     (legacy: `logging_service = "logging.googleapis.com/kubernetes"`,
#     `monitoring_service = "monitoring.googleapis.com/kubernetes"`).
#   fix: {safety: safe, change: 'Sets `logging_service` / `monitoring_service` to `logging.googleapis.com/kubernetes` / `monitoring.googleapis.com/kubernetes`, and an empty `enable_components` to the GKE default (`["SYSTEM_COMPONENTS", "WORKLOADS"]` for logging, `["SYSTEM_COMPONENTS"]` for monitoring); workloads are untouched, ingested logs and metrics are billed.'}
#   frameworks: {nist-800-53: [AU-2, AU-12, SI-4]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs"
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/configure-metrics"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#logging_config"
#   peers:
#     checkov: [CKV_GCP_1, CKV_GCP_8]
#     kics: [stackdriver_logging_disabled, stackdriver_monitoring_disabled]
#     trivy: [AVD-GCP-0060, AVD-GCP-0052]
package srm.google.gke.logging_monitoring

import data.srm.lib.terraform as tf

services := {"logging_service": "logging", "monitoring_service": "monitoring"}

configs := {"logging_config": "logging", "monitoring_config": "monitoring"}

deny contains {
	"msg": sprintf("GKE cluster %s sets %s = \"none\": %s is off", [r.address, attr, services[attr]]),
	"resource": r.address,
	"path": [attr],
	"fix": [{"set": [attr], "value": replacement[attr]}],
} if {
	some r in tf.resources("google_container_cluster")
	some attr, _ in services
	r.values[attr] == "none"
}

# The legacy Stackdriver services were decommissioned (GKE 1.20): nothing is collected
# with the current agents.
legacy_services := {"logging_service": "logging.googleapis.com", "monitoring_service": "monitoring.googleapis.com"}

deny contains {
	"msg": sprintf("GKE cluster %s sets %s = %q, the decommissioned legacy Stackdriver %s; use %s", [r.address, attr, value, services[attr], replacement[attr]]),
	"resource": r.address,
	"path": [attr],
	"fix": [{"set": [attr], "value": replacement[attr]}],
} if {
	some r in tf.resources("google_container_cluster")
	some attr, value in legacy_services
	r.values[attr] == value
}

replacement := {"logging_service": "logging.googleapis.com/kubernetes", "monitoring_service": "monitoring.googleapis.com/kubernetes"}

deny contains {
	"msg": sprintf("GKE cluster %s sets %s.enable_components = []: %s is off", [r.address, block, configs[block]]),
	"resource": r.address,
	"path": [block, i, "enable_components"],
	"fix": [{"set": [block, i, "enable_components"], "value": default_components[block]}],
} if {
	some r in tf.resources("google_container_cluster")
	some block, _ in configs
	some i, config in tf.blocks(r.values, block)
	config.enable_components == []
}

# The components GKE collects by default.
default_components := {"logging_config": ["SYSTEM_COMPONENTS", "WORKLOADS"], "monitoring_config": ["SYSTEM_COMPONENTS"]}
