# METADATA
# title: Network flow log is disabled or keeps records for less than 90 days
# description: >-
#   NSG and virtual network flow logs record which addresses talked to which
#   ports and whether the traffic was allowed: often the only evidence of
#   lateral movement, scanning or exfiltration. Breaches are typically found
#   weeks after they start, so a flow log that is switched off, or that deletes
#   records after a few days, leaves nothing to investigate. Azure keeps records
#   for as long as the customer's retention policy says; 0 days (or no retention
#   policy) keeps them indefinitely.
# custom:
#   id: SRM-AZURE-NETWORK-003
#   severity: medium
#   areas: [logging-monitoring, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_network_watcher_flow_log]}
#   remediation: >-
#     Keep the flow log on and its records for at least 90 days:
#     `enabled = true` and `retention_policy { enabled = true days = 90 }`
#     (`days = 0` keeps them indefinitely).
#   frameworks: {cis-azure-2.1: ["6.5"], nist-800-53: [AU-11, AU-12, SI-4]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-overview"
#     - "https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-overview"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log"
#   peers:
#     checkov: [CKV_AZURE_12]
#     kics: [small_flow_logs_retention_period, network_watcher_flow_disabled]
#     trivy: [AVD-AZU-0049, AVD-AZU-0073]
package srm.azure.network.flow_log_retention

import data.srm.lib.terraform as tf

minimum_days := 90

deny contains {
	"msg": sprintf("Flow log %s sets enabled = false: no traffic is recorded", [r.address]),
	"resource": r.address,
	"path": ["enabled"],
} if {
	some r in tf.resources("azurerm_network_watcher_flow_log")
	tf.is_false(r.values.enabled)
}

deny contains {
	"msg": sprintf("Flow log %s deletes records after %v day(s) (retention_policy.days); keep them at least %d days, or 0 for indefinitely", [r.address, policy.days, minimum_days]),
	"resource": r.address,
	"path": ["retention_policy", i, "days"],
} if {
	some r in tf.resources("azurerm_network_watcher_flow_log")
	not tf.is_false(r.values.enabled)
	some i, policy in tf.blocks(r.values, "retention_policy")
	tf.is_true(policy.enabled)
	days := known_number(policy.days)
	days > 0
	days < minimum_days
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
