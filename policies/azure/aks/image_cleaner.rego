# METADATA
# title: AKS cluster does not remove stale images from its nodes
# description: >-
#   Images pulled by earlier deployments stay cached on the nodes after the pods
#   that used them are gone; they keep the vulnerabilities found since they were
#   built and can be started again without being pulled (and scanned) anew.
#   Image Cleaner (Eraser) periodically removes unused images, starting with the
#   vulnerable ones. It is preconfigured on AKS Automatic but off on AKS Standard
#   clusters: `image_cleaner_enabled` is false unless set.
# custom:
#   id: SRM-AZURE-AKS-008
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_kubernetes_cluster]}
#   remediation: >-
#     Turn Image Cleaner on: `image_cleaner_enabled = true` with
#     `image_cleaner_interval_hours = 168` (24 to 2160 hours).
#   frameworks: {nist-800-53: [SI-2, CM-7]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/aks/image-cleaner"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#image_cleaner_enabled"
package srm.azure.aks.image_cleaner

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("AKS cluster %s sets image_cleaner_enabled = false: stale, possibly vulnerable images stay on the nodes", [r.address]),
	"resource": r.address,
	"path": ["image_cleaner_enabled"],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	tf.is_false(r.values.image_cleaner_enabled)
}

deny contains {
	"msg": sprintf("AKS cluster %s does not set image_cleaner_enabled (off by default): stale, possibly vulnerable images stay on the nodes", [r.address]),
	"resource": r.address,
	"path": ["image_cleaner_enabled"],
} if {
	some r in tf.resources("azurerm_kubernetes_cluster")
	object.get(r.values, "image_cleaner_enabled", null) == null
}
