# METADATA
# title: Storage account allows anonymous public access to blobs
# description: >-
#   When an account allows nested items to be public, any container in it can be
#   switched to anonymous read access by one property change, and its blobs are
#   then readable by anyone on the internet without a key or token: a common
#   source of data leaks. The azurerm provider leaves
#   `allow_nested_items_to_be_public` at `true` unless told otherwise, so an
#   account that does not set it allows public containers. Disallowing it at the
#   account level overrides every container setting.
# custom:
#   id: SRM-AZURE-STORAGE-003
#   severity: medium
#   areas: [data-security, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_storage_account]}
#   remediation: >-
#     Disallow anonymous access for the whole account:
#     `allow_nested_items_to_be_public = false` (`allow_blob_public_access = false`
#     with azurerm 2.x), and serve public content through a CDN or SAS tokens instead.
#   fix: {safety: unsafe, change: 'Sets `allow_nested_items_to_be_public = false` (or `allow_blob_public_access = false` where that attribute is written); containers that serve anonymous reads stop doing so.'}
#   frameworks: {nist-800-53: [AC-3, AC-14, SC-7]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#allow_nested_items_to_be_public"
#   peers:
#     checkov: [CKV_AZURE_190, CKV2_AZURE_47]
package srm.azure.storage.blob_public_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Storage account %s sets %s = true, so its containers can be opened to anonymous read access", [r.address, attr]),
	"resource": r.address,
	"path": [attr],
	"fix": [{"set": [attr], "value": false}],
} if {
	some r in accounts_with_blobs
	some attr in ["allow_nested_items_to_be_public", "allow_blob_public_access"]
	tf.is_true(r.values[attr])
}

deny contains {
	"msg": sprintf("Storage account %s does not set allow_nested_items_to_be_public, which defaults to true: its containers can be opened to anonymous read access", [r.address]),
	"resource": r.address,
	"path": ["allow_nested_items_to_be_public"],
	"fix": [{"set": ["allow_nested_items_to_be_public"], "value": false}],
} if {
	some r in accounts_with_blobs
	not "allow_nested_items_to_be_public" in object.keys(r.values)
	not "allow_blob_public_access" in object.keys(r.values)
}

# FileStorage accounts hold no blob containers.
accounts_with_blobs contains r if {
	some r in tf.resources("azurerm_storage_account")
	not file_storage(r.values)
}

file_storage(values) if {
	is_string(values.account_kind)
	lower(values.account_kind) == "filestorage"
}
