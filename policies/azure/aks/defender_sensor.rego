# METADATA
# title: AKS cluster does not run the Defender for Containers sensor
# description: >-
#   The Defender for Containers sensor watches process, network and Kubernetes
#   events on the nodes and raises alerts for crypto-miners, reverse shells,
#   container escapes and suspicious API calls; without it an intruder in a pod
#   runs unobserved and there is no alert to start an investigation from. AKS
#   does not deploy the sensor on its own: the cluster needs a
#   `microsoft_defender` block (or the subscription's Containers plan must
#   provision the sensor automatically).
# custom:
#   id: SRM-AZURE-AKS-009
#   severity: low
#   areas: [incident-response, logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_kubernetes_cluster, azurerm_security_center_subscription_pricing]}
#   remediation: >-
#     Deploy the sensor with the cluster: `microsoft_defender {
#     log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id }`,
#     or enable it for the subscription with an
#     `azurerm_security_center_subscription_pricing` of `resource_type =
#     "Containers"`, `tier = "Standard"` and `extension { name = "ContainerSensor" }`.
#   frameworks: {nist-800-53: [SI-4, IR-4, IR-5]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-containers-introduction"
#     - "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-containers-enable"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#microsoft_defender"
package srm.azure.aks.defender_sensor

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("AKS cluster %s has no microsoft_defender block and this module does not auto-provision the Defender sensor: runtime threats on its nodes raise no alert", [r.address]),
	"resource": r.address,
	"path": ["microsoft_defender"],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	count(tf.blocks(r.values, "microsoft_defender")) == 0
	not sensor_auto_provisioned
}

# The subscription's Containers plan on Standard with the ContainerSensor
# extension deploys the sensor to every cluster (an unresolved plan counts too).
sensor_auto_provisioned if {
	some p in tf.resources("azurerm_security_center_subscription_pricing")
	containers_plan(p.values)
	not free_tier(p.values.tier)
	some ext in tf.blocks(p.values, "extension")
	sensor_extension(ext.name)
}

containers_plan(values) if lower(values.resource_type) == "containers"

containers_plan(values) if tf.is_unresolved(values.resource_type)

free_tier(tier) if {
	is_string(tier)
	lower(tier) == "free"
}

sensor_extension(name) if name == "ContainerSensor"

sensor_extension(name) if tf.is_unresolved(name)

# The pricing resources are read, not judged.
applies contains r.address if some r in tf.resources("azurerm_kubernetes_cluster")
