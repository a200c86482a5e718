# METADATA
# title: AKS cluster sends no logs to Azure Monitor
# description: >-
#   Without Container insights (the OMS / Azure Monitor agent) or a diagnostic
#   setting for the control plane, an AKS cluster keeps no central record of
#   container logs, node events or API server and audit logs: a compromised pod,
#   a crypto-miner or a malicious `kubectl exec` leaves nothing to alert on or
#   investigate once the pod is gone. AKS collects none of this for the customer
#   unless monitoring is turned on.
# custom:
#   id: SRM-AZURE-AKS-007
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_kubernetes_cluster, azurerm_monitor_diagnostic_setting]}
#   remediation: >-
#     Send the cluster's logs to Log Analytics: `oms_agent {
#     log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id }`
#     (azurerm 2.x: `addon_profile { oms_agent { enabled = true ... } }`), and an
#     `azurerm_monitor_diagnostic_setting` with `enabled_log { category = "kube-audit-admin" }`
#     for the control plane.
#   frameworks: {nist-800-53: [AU-2, AU-6, AU-12, SI-4]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/azure-monitor/containers/container-insights-overview"
#     - "https://learn.microsoft.com/en-us/azure/aks/monitor-aks"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#oms_agent"
#   peers:
#     checkov: [CKV_AZURE_4]
#     trivy: [AVD-AZU-0040]
package srm.azure.aks.monitoring

import data.srm.lib.terraform as tf

# azurerm 2.x add-on explicitly disabled.
deny contains {
	"msg": sprintf("AKS cluster %s sets addon_profile.oms_agent.enabled = false and has no diagnostic setting: no container or control plane logs reach Azure Monitor", [r.address]),
	"resource": r.address,
	"path": ["addon_profile", i, "oms_agent", j, "enabled"],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	not monitored(r)
	some i, profile in tf.blocks(r.values, "addon_profile")
	some j, agent in tf.blocks(profile, "oms_agent")
	tf.is_false(agent.enabled)
}

deny contains {
	"msg": sprintf("AKS cluster %s has no oms_agent block and no diagnostic setting: no container or control plane logs reach Azure Monitor", [r.address]),
	"resource": r.address,
	"path": ["oms_agent"],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	not monitored(r)
	not legacy_agent_configured(r.values)
}

monitored(cluster) if count(tf.blocks(cluster.values, "oms_agent")) > 0

monitored(cluster) if {
	some profile in tf.blocks(cluster.values, "addon_profile")
	some agent in tf.blocks(profile, "oms_agent")
	not tf.is_false(agent.enabled)
}

# A diagnostic setting whose target_resource_id refers to the cluster (looked up
# in the index of references, not by scanning every setting for every cluster).
monitored(cluster) if tf.has_referrer("azurerm_monitor_diagnostic_setting", "target_resource_id", cluster.address)

legacy_agent_configured(values) if {
	some profile in tf.blocks(values, "addon_profile")
	count(tf.blocks(profile, "oms_agent")) > 0
}
