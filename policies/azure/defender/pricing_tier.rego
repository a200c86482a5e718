# METADATA
# title: Microsoft Defender for Cloud plan is set to the Free tier
# description: >-
#   On the Free tier Defender for Cloud only assesses configuration; the
#   Standard tier of each plan (Servers, Storage, SQL, Key Vault, Containers,
#   App Service, Resource Manager...) is what detects attacks in progress:
#   malware uploads, brute force, anomalous key vault access, suspicious
#   Kubernetes activity. A plan explicitly set to Free switches that threat
#   detection off for the whole subscription, leaving incidents to be found by
#   chance.
# custom:
#   id: SRM-AZURE-DEFENDER-001
#   severity: medium
#   areas: [incident-response, logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_security_center_subscription_pricing]}
#   remediation: >-
#     Enable the plan: `tier = "Standard"` (with the `resource_type` it covers,
#     e.g. `resource_type = "VirtualMachines"` and `subplan = "P2"`).
#   fix: {safety: unsafe, change: 'Sets `tier = "Standard"`; the Defender plan starts, billed per protected resource, and (for servers) deploys its agents and extensions to the machines.'}
#   frameworks: {nist-800-53: [IR-4, SI-4, RA-5]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-cloud-introduction"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_subscription_pricing"
#   peers:
#     checkov: [CKV_AZURE_19]
#     kics: [security_center_pricing_tier_is_not_standard]
#     trivy: [AVD-AZU-0045]
package srm.azure.defender.pricing_tier

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s sets tier = %q for %s: Defender threat detection is off for these resources", [r.address, r.values.tier, resource_type(r.values)]),
	"resource": r.address,
	"path": ["tier"],
	"fix": [{"set": ["tier"], "value": "Standard"}],
} if {
	some r in tf.resources("azurerm_security_center_subscription_pricing")
	is_string(r.values.tier)
	lower(r.values.tier) == "free"
}

resource_type(values) := sprintf("%v", [values.resource_type]) if values.resource_type != null

resource_type(values) := "VirtualMachines (the default resource_type)" if object.get(values, "resource_type", null) == null
