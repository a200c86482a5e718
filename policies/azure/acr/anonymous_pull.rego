# METADATA
# title: Container registry allows anonymous pulls
# description: >-
#   With anonymous pull access, anyone on the internet can list nothing but pull
#   everything: every image in the registry, its layers and whatever
#   configuration, internal endpoints or credentials were baked into them, with
#   no identity in the logs. Azure Container Registry requires authentication
#   for pulls unless the customer turns anonymous access on, which only suits a
#   registry meant to distribute public content. Basic registries do not offer
#   anonymous pull and are not judged.
# custom:
#   id: SRM-AZURE-ACR-003
#   severity: medium
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_container_registry]}
#   remediation: >-
#     Remove `anonymous_pull_enabled` or set it to `false`, and give pullers an
#     identity with the `AcrPull` role; publish public images from a separate
#     registry that holds nothing else.
#   fix: {safety: unsafe, change: 'Sets `anonymous_pull_enabled = false`; clients that pull without credentials are refused until they authenticate with an `AcrPull` identity.'}
#   frameworks: {nist-800-53: [AC-3, AC-14, IA-2]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/container-registry/anonymous-pull-access"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry#anonymous_pull_enabled"
#   peers:
#     checkov: [CKV_AZURE_138]
package srm.azure.acr.anonymous_pull

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Container registry %s sets anonymous_pull_enabled = true: anyone can pull its images without authenticating", [r.address]),
	"resource": r.address,
	"path": ["anonymous_pull_enabled"],
	"fix": [{"set": ["anonymous_pull_enabled"], "value": false}],
} if {
	some r in tf.resources("azurerm_container_registry")
	tf.is_true(r.values.anonymous_pull_enabled)
	not basic_sku(r.values)
}

# Anonymous pull exists only on Standard and Premium registries: a Basic one does
# not offer it, so the setting is not judged there.
basic_sku(values) if {
	is_string(values.sku)
	lower(values.sku) == "basic"
}
