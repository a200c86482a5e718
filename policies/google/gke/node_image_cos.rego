# METADATA
# title: GKE nodes do not run Container-Optimized OS with containerd
# description: >-
#   Container-Optimized OS is Google's hardened node image: a minimal, locked-down
#   system with a read-only root filesystem, verified boot and no package manager,
#   patched by Google with every GKE release. Ubuntu node images carry a general
#   purpose distribution with a much larger attack surface, and the Docker-based
#   `COS` and `UBUNTU` images are no longer supported since GKE 1.24. GKE uses
#   `COS_CONTAINERD` unless `image_type` selects another image; Windows node pools
#   are not judged.
# custom:
#   id: SRM-GCP-GKE-013
#   severity: low
#   areas: [guest-os, vulnerability-management]
#   responsibility: customer
#   input: {format: terraform, types: [google_container_cluster, google_container_node_pool]}
#   remediation: >-
#     Remove `image_type` or set `node_config { image_type = "COS_CONTAINERD" }` on the
#     node pool (and `cluster_autoscaling { auto_provisioning_defaults { image_type =
#     "COS_CONTAINERD" } }` for node auto-provisioning); keep Ubuntu only for
#     workloads that need kernel modules COS cannot load.
#   fix: {safety: unsafe, change: 'Sets `image_type = "COS_CONTAINERD"` where another image is written; GKE recreates every node of the pool, and workloads that need Ubuntu (kernel modules, host packages) stop working.'}
#   frameworks: {cis-gke-1.6: ["5.5.1"], nist-800-53: [CM-6, CM-7, SI-2]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/concepts/node-images"
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_hardened_node_images"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#image_type"
#   peers:
#     kics: [cos_node_image_not_used]
#     trivy: [AVD-GCP-0054]
package srm.google.gke.node_image_cos

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s uses node image %q instead of Container-Optimized OS with containerd (COS_CONTAINERD)", [c.what, image]),
	"resource": c.address,
	"path": array.concat(c.path, ["image_type"]),
	"fix": [{"set": array.concat(c.path, ["image_type"]), "value": "COS_CONTAINERD"}],
} if {
	some c in image_configs
	image := c.config.image_type
	is_string(image)
	not tf.is_unresolved(image)
	upper(image) != "COS_CONTAINERD"
	not startswith(upper(image), "WINDOWS")
}

unknown contains {"resource": c.address, "path": array.concat(c.path, ["image_type"])} if {
	some c in image_configs
	tf.is_unresolved(c.config.image_type)
}

# image_configs: every block that can set image_type, with its path and a description.
image_configs contains {"address": r.address, "path": ["node_config", n], "config": config, "what": sprintf("the default node pool of GKE cluster %s", [r.address])} if {
	some r in tf.resources("google_container_cluster")
	some n, config in tf.blocks(r.values, "node_config")
}

image_configs contains {"address": r.address, "path": ["node_pool", p, "node_config", n], "config": config, "what": sprintf("node_pool %d of GKE cluster %s", [p, r.address])} if {
	some r in tf.resources("google_container_cluster")
	some p, pool in tf.blocks(r.values, "node_pool")
	some n, config in tf.blocks(pool, "node_config")
}

image_configs contains {"address": r.address, "path": ["cluster_autoscaling", a, "auto_provisioning_defaults", d], "config": config, "what": sprintf("node auto-provisioning of GKE cluster %s", [r.address])} if {
	some r in tf.resources("google_container_cluster")
	some a, autoscaling in tf.blocks(r.values, "cluster_autoscaling")
	some d, config in tf.blocks(autoscaling, "auto_provisioning_defaults")
}

image_configs contains {"address": r.address, "path": ["node_config", n], "config": config, "what": sprintf("node pool %s", [r.address])} if {
	some r in tf.resources("google_container_node_pool")
	some n, config in tf.blocks(r.values, "node_config")
}
