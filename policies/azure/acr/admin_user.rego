# METADATA
# title: Container registry has its admin user enabled
# description: >-
#   The registry admin user is a single shared account whose two passwords give
#   push and pull rights on every repository: it cannot be scoped, carries no
#   individual identity in the logs, is typically pasted into CI variables and
#   cluster secrets, and a leaked password lets anyone replace images that
#   production pulls. Azure Container Registry keeps it off unless the customer
#   turns it on.
# custom:
#   id: SRM-AZURE-ACR-001
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_container_registry]}
#   remediation: >-
#     Remove `admin_enabled` or set it to `false`; pull with managed identities
#     (`AcrPull` role assignments, AKS `kubelet_identity`) and push from CI with a
#     workload identity or a repository-scoped token.
#   fix: {safety: unsafe, change: 'Sets `admin_enabled = false`; anything that logs in with the admin user name and password (docker login in CI, an App Service or AKS pull secret) can no longer push or pull.'}
#   frameworks: {nist-800-53: [AC-2, IA-2, IA-5]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry#admin_enabled"
#   peers:
#     checkov: [CKV_AZURE_137]
#     kics: [admin_user_enabled_for_container_registry]
package srm.azure.acr.admin_user

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Container registry %s sets admin_enabled = true: a shared admin account with static passwords can push and pull every repository", [r.address]),
	"resource": r.address,
	"path": ["admin_enabled"],
	"fix": [{"set": ["admin_enabled"], "value": false}],
} if {
	some r in tf.resources("azurerm_container_registry")
	tf.is_true(r.values.admin_enabled)
}
