# METADATA
# title: Premium container registry keeps untagged manifests forever
# description: >-
#   Every push of a moving tag (latest, main, v2) leaves the previous manifest
#   untagged but still pullable by digest, so old images with known
#   vulnerabilities pile up, stay deployable and keep showing in scan results
#   that nobody owns. Azure Container Registry can purge untagged manifests after
#   a retention period on the Premium tier, but does not unless the customer sets
#   one.
# custom:
#   id: SRM-AZURE-ACR-004
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_container_registry]}
#   remediation: >-
#     Purge untagged manifests: `retention_policy_in_days = 30` (azurerm 3.x:
#     `retention_policy { enabled = true days = 30 }`).
#   frameworks: {nist-800-53: [CM-8, SI-2]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-retention-policy"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry#retention_policy_in_days"
#   peers:
#     checkov: [CKV_AZURE_167]
package srm.azure.acr.untagged_retention

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Container registry %s sets retention_policy_in_days = %v: untagged manifests are never purged", [r.address, r.values.retention_policy_in_days]),
	"resource": r.address,
	"path": ["retention_policy_in_days"],
} if {
	some r in premium_registries
	r.values.retention_policy_in_days in {0, "0"}
}

deny contains {
	"msg": sprintf("Container registry %s sets retention_policy.enabled = false: untagged manifests are never purged", [r.address]),
	"resource": r.address,
	"path": ["retention_policy", i, "enabled"],
} if {
	some r in premium_registries
	some i, retention in tf.blocks(r.values, "retention_policy")
	tf.is_false(retention.enabled)
}

deny contains {
	"msg": sprintf("Premium container registry %s sets no retention_policy_in_days: untagged manifests are never purged", [r.address]),
	"resource": r.address,
	"path": ["retention_policy_in_days"],
} if {
	some r in premium_registries
	object.get(r.values, "retention_policy_in_days", null) == null
	count(tf.blocks(r.values, "retention_policy")) == 0
}

# Retention policies exist on the Premium tier only.
applies contains r.address if some r in premium_registries

premium_registries contains r if {
	some r in tf.resources("azurerm_container_registry")
	is_string(r.values.sku)
	lower(r.values.sku) == "premium"
}

# A tier or a retention given by an expression cannot be judged.
unknown contains {"resource": r.address, "path": ["sku"]} if {
	some r in tf.resources("azurerm_container_registry")
	tf.is_unresolved(r.values.sku)
}

unknown contains {"resource": r.address, "path": ["retention_policy_in_days"]} if {
	some r in premium_registries
	tf.is_unresolved(r.values.retention_policy_in_days)
}
