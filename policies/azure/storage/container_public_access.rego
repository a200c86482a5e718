# METADATA
# title: Storage container allows anonymous public read access
# description: >-
#   A container with access type `blob` lets anyone who knows or guesses a blob
#   URL download it, and `container` additionally lets anyone list every blob in
#   the container, all without a key, token or log of who they are. Azure keeps
#   containers private by default; the public access level is set by the
#   customer, and such data should be published through a CDN or short-lived SAS
#   tokens instead.
# custom:
#   id: SRM-AZURE-STORAGE-004
#   severity: high
#   areas: [data-security, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_storage_container]}
#   remediation: >-
#     Keep the container private: remove `container_access_type` or set
#     `container_access_type = "private"`, and disallow public access on the
#     account with `allow_nested_items_to_be_public = false`.
#   fix: {safety: unsafe, change: 'Sets `container_access_type = "private"`; anonymous readers of the container (a website, a public download link) get an authentication error.'}
#   frameworks: {nist-800-53: [AC-3, AC-14, SC-7]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-configure"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_container#container_access_type"
#   peers:
#     checkov: [CKV_AZURE_34]
#     kics: [storage_container_is_publicly_accessible]
#     trivy: [AVD-AZU-0007]
package srm.azure.storage.container_public_access

import data.srm.lib.terraform as tf

exposure := {
	"blob": "anyone can read its blobs by URL",
	"container": "anyone can list and read all of its blobs",
}

deny contains {
	"msg": sprintf("Storage container %s sets container_access_type = %q: %s without authentication", [r.address, v, exposure[lower(v)]]),
	"resource": r.address,
	"path": ["container_access_type"],
	"fix": [{"set": ["container_access_type"], "value": "private"}],
} if {
	some r in tf.resources("azurerm_storage_container")
	v := r.values.container_access_type
	is_string(v)
	lower(v) in object.keys(exposure)
}
