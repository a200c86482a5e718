# METADATA
# title: Dataproc cluster VMs have external IP addresses
# description: >-
#   Dataproc master and worker VMs with external IP addresses expose the Hadoop,
#   Spark and YARN services, web UIs and SSH that run on them to the internet as
#   soon as a firewall rule is too broad, and YARN's unauthenticated REST API is a
#   well-known target for remote code execution. The google provider sends
#   `internal_ip_only = false` whenever `gce_cluster_config` is written without it
#   (the API default of internal-only addresses applies only to image 2.2 and later
#   when the block is absent), so the restriction must be set explicitly.
# custom:
#   id: SRM-GCP-DATAPROC-001
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_dataproc_cluster]}
#   remediation: >-
#     Set `cluster_config { gce_cluster_config { internal_ip_only = true subnetwork =
#     "..." } }` on a subnet with Private Google Access (and Cloud NAT for outbound
#     traffic); reach the web UIs through the Component Gateway.
#   frameworks: {nist-800-53: [SC-7, AC-4]}
#   references:
#     - "https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/network#create_a_cluster_that_uses_internal_ip_addresses_only"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dataproc_cluster#internal_ip_only"
#   peers: {checkov: [CKV_GCP_103]}
package srm.google.dataproc.public_ip

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Dataproc cluster %s sets internal_ip_only = false: its VMs get external IP addresses", [r.address]),
	"resource": r.address,
	"path": ["cluster_config", c, "gce_cluster_config", g, "internal_ip_only"],
} if {
	some r in tf.resources("google_dataproc_cluster")
	some c, config in tf.blocks(r.values, "cluster_config")
	some g, gce in tf.blocks(config, "gce_cluster_config")
	tf.is_false(gce.internal_ip_only)
}

deny contains {
	"msg": sprintf("Dataproc cluster %s has a gce_cluster_config without internal_ip_only (the provider sends false): its VMs get external IP addresses", [r.address]),
	"resource": r.address,
	"path": ["cluster_config", c, "gce_cluster_config", g, "internal_ip_only"],
} if {
	some r in tf.resources("google_dataproc_cluster")
	some c, config in tf.blocks(r.values, "cluster_config")
	some g, gce in tf.blocks(config, "gce_cluster_config")
	object.get(gce, "internal_ip_only", null) == null
}

deny contains {
	"msg": sprintf("Dataproc cluster %s uses image %s without gce_cluster_config.internal_ip_only: images before 2.2 give the VMs external IP addresses", [r.address, image]),
	"resource": r.address,
	"path": ["cluster_config", c, "gce_cluster_config"],
} if {
	some r in tf.resources("google_dataproc_cluster")
	some c, config in tf.blocks(r.values, "cluster_config")
	count(tf.blocks(config, "gce_cluster_config")) == 0
	image := image_version(config)
	before_2_2(image)
}

unknown contains {"resource": r.address, "path": ["cluster_config", c, "gce_cluster_config", g, "internal_ip_only"]} if {
	some r in tf.resources("google_dataproc_cluster")
	some c, config in tf.blocks(r.values, "cluster_config")
	some g, gce in tf.blocks(config, "gce_cluster_config")
	tf.is_unresolved(gce.internal_ip_only)
}

image_version(config) := image if {
	some software in tf.blocks(config, "software_config")
	image := software.image_version
	is_string(image)
	not tf.is_unresolved(image)
}

# before_2_2("1.5-debian10"), before_2_2("2.1.45-debian11"): Dataproc image versions
# that default to external IP addresses.
before_2_2(image) if {
	parts := regex.find_all_string_submatch_n(`^([0-9]+)\.([0-9]+)`, image, 1)[0]
	to_number(parts[1]) < 2
}

before_2_2(image) if {
	parts := regex.find_all_string_submatch_n(`^([0-9]+)\.([0-9]+)`, image, 1)[0]
	to_number(parts[1]) == 2
	to_number(parts[2]) < 2
}
