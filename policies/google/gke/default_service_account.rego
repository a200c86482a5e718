# METADATA
# title: GKE nodes run as the Compute Engine default service account
# description: >-
#   Nodes whose `service_account` is not set run as the project's Compute Engine
#   default service account, which is shared with every VM of the project and
#   often still holds the Editor role. Any pod that reaches the node's credentials
#   (through the metadata server or a container escape) can then change almost
#   everything in the project. A dedicated, minimally privileged service account
#   (logging, monitoring and Artifact Registry reader) limits that to what the
#   nodes need; GKE never creates one for you.
# custom:
#   id: SRM-GCP-GKE-014
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [google_container_cluster, google_container_node_pool]}
#   remediation: >-
#     Create a dedicated account and use it on every node pool:
#     `node_config { service_account = google_service_account.gke_nodes.email
#     oauth_scopes = ["https://www.googleapis.com/auth/cloud-platform"] }` (for
#     Autopilot and node auto-provisioning: `cluster_autoscaling {
#     auto_provisioning_defaults { service_account = ... } }`), granting it only
#     `roles/container.defaultNodeServiceAccount`.
#   frameworks: {cis-gke-1.6: ["5.2.1"], nist-800-53: [AC-6, AC-6(10)]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_least_privilege_sa"
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/service-accounts#default-gke-service-agent"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#service_account"
#   peers:
#     kics: [gke_using_default_service_account]
#     trivy: [AVD-GCP-0050]
package srm.google.gke.default_service_account

import data.srm.lib.terraform as tf

# A node pool without node_config.
deny contains {
	"msg": sprintf("%s has no node_config: its nodes run as the Compute Engine default service account", [p.what]),
	"resource": p.resource.address,
	"path": array.concat(p.path, ["node_config"]),
} if {
	some p in pools
	count(tf.blocks(p.values, "node_config")) == 0
}

# A node_config (or auto-provisioning defaults) without service_account, or with the default account.
deny contains {
	"msg": sprintf("%s %s", [c.what, problem]),
	"resource": c.resource.address,
	"path": array.concat(c.path, ["service_account"]),
} if {
	some c in configs
	problem := default_account(c)
}

unknown contains {"resource": c.resource.address, "path": array.concat(c.path, ["service_account"])} if {
	some c in configs
	tf.is_unresolved(c.config.service_account)
	not refers_to_default_account(c)
}

default_account(c) := "does not set service_account: its nodes run as the Compute Engine default service account" if {
	object.get(c.config, "service_account", null) in {null, ""}
}

default_account(c) := sprintf("runs its nodes as the Compute Engine default service account (%s)", [c.config.service_account]) if {
	is_default_email(c.config.service_account)
}

default_account(c) := "runs its nodes as the Compute Engine default service account (data.google_compute_default_service_account)" if {
	refers_to_default_account(c)
}

is_default_email(value) if value == "default"

is_default_email(value) if {
	is_string(value)
	regex.match(`^[0-9]+-compute@developer\.gserviceaccount\.com$`, value)
}

refers_to_default_account(c) if {
	some address in tf.references(c.resource, concat(".", [sprintf("%v", [step]) | some step in array.concat(c.path, ["service_account"])]))
	startswith(address, "data.google_compute_default_service_account.")
}

# pools: node pools whose nodes GKE creates from a node_config: node pool
# resources, inline node_pool blocks, and a Standard cluster's default pool (when
# it has no node_pool blocks and does not remove it).
pools contains {"resource": r, "path": [], "values": r.values, "what": sprintf("node pool %s", [r.address])} if {
	some r in tf.resources("google_container_node_pool")
}

pools contains {"resource": r, "path": ["node_pool", i], "values": pool, "what": sprintf("node_pool %d of GKE cluster %s", [i, r.address])} if {
	some r in standard_clusters
	some i, pool in tf.blocks(r.values, "node_pool")
}

pools contains {"resource": r, "path": [], "values": r.values, "what": sprintf("the default node pool of GKE cluster %s", [r.address])} if {
	some r in standard_clusters
	count(tf.blocks(r.values, "node_pool")) == 0
	object.get(r.values, "remove_default_node_pool", false) in {false, "false", null}
}

# configs: the node_config blocks of those pools, and the auto-provisioning
# defaults of Autopilot clusters and of clusters with node auto-provisioning.
configs contains {"resource": p.resource, "path": array.concat(p.path, ["node_config", n]), "config": config, "what": p.what} if {
	some p in pools
	some n, config in tf.blocks(p.values, "node_config")
}

configs contains {"resource": r, "path": ["cluster_autoscaling", a, "auto_provisioning_defaults", d], "config": config, "what": sprintf("node auto-provisioning of GKE cluster %s", [r.address])} if {
	some r in tf.resources("google_container_cluster")
	some a, autoscaling in tf.blocks(r.values, "cluster_autoscaling")
	auto_provisioning(r.values, autoscaling)
	some d, config in tf.blocks(autoscaling, "auto_provisioning_defaults")
}

# An Autopilot cluster (or one with node auto-provisioning) without auto_provisioning_defaults.
configs contains {"resource": r, "path": ["cluster_autoscaling", a, "auto_provisioning_defaults", 0], "config": {}, "what": sprintf("node auto-provisioning of GKE cluster %s", [r.address])} if {
	some r in tf.resources("google_container_cluster")
	some a, autoscaling in tf.blocks(r.values, "cluster_autoscaling")
	auto_provisioning(r.values, autoscaling)
	count(tf.blocks(autoscaling, "auto_provisioning_defaults")) == 0
}

configs contains {"resource": r, "path": ["cluster_autoscaling", 0, "auto_provisioning_defaults", 0], "config": {}, "what": sprintf("Autopilot cluster %s", [r.address])} if {
	some r in tf.resources("google_container_cluster")
	tf.is_true(r.values.enable_autopilot)
	count(tf.blocks(r.values, "cluster_autoscaling")) == 0
}

auto_provisioning(values, _) if tf.is_true(values.enable_autopilot)

auto_provisioning(_, autoscaling) if tf.is_true(autoscaling.enabled)

standard_clusters contains r if {
	some r in tf.resources("google_container_cluster")
	object.get(r.values, "enable_autopilot", false) in {false, "false", null}
}
