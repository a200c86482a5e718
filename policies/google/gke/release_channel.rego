# METADATA
# title: GKE cluster is not enrolled in a release channel for production versions
# description: >-
#   A cluster enrolled in a release channel gets control plane and node versions
#   that Google qualifies and upgrades automatically, including security patches
#   for Kubernetes and the node OS. With `channel = "UNSPECIFIED"` the cluster
#   falls out of every channel: versions must be chosen and upgraded by hand,
#   patches lag behind and the cluster can reach end of support unnoticed. GKE
#   enrolls clusters in a channel when `release_channel` is omitted, so only the
#   explicit opt-out is reported. The RAPID channel is reported too: it delivers
#   versions as soon as they are released, before they are qualified for the
#   Regular and Stable channels, which is meant for testing, not for production
#   clusters (CIS GKE 5.5.4 asks for Regular or Stable).
# custom:
#   id: SRM-GCP-GKE-008
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [google_container_cluster]}
#   remediation: >-
#     Enroll the cluster in a channel: `release_channel { channel = "REGULAR" }`
#     (or `"STABLE"`), and control disruption with `maintenance_policy` windows and
#     exclusions instead of leaving the channel.
#   fix: {safety: unsafe, change: 'Sets `release_channel { channel = "REGULAR" }` (the GKE default channel); the cluster and its nodes are then upgraded automatically, and leaving RAPID is refused until REGULAR offers the cluster version.'}
#   frameworks: {nist-800-53: [SI-2, SI-2(2)], cis-gke-1.6: ["5.5.4"]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/concepts/release-channels"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#release_channel"
#   peers:
#     checkov: [CKV_GCP_70]
#     kics: [ensure_gke_version_management_is_automated_using_release_channels]
package srm.google.gke.release_channel

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("GKE cluster %s sets release_channel.channel = \"UNSPECIFIED\": it is in no release channel and must be upgraded by hand", [r.address]),
	"resource": r.address,
	"path": ["release_channel", i, "channel"],
	"fix": [{"set": ["release_channel", i, "channel"], "value": "REGULAR"}],
} if {
	some r in tf.resources("google_container_cluster")
	some i, channel in tf.blocks(r.values, "release_channel")
	channel.channel == "UNSPECIFIED"
}

deny contains {
	"msg": sprintf("GKE cluster %s uses the RAPID release channel, which gets new versions before they are qualified for production; use REGULAR or STABLE", [r.address]),
	"resource": r.address,
	"path": ["release_channel", i, "channel"],
	"fix": [{"set": ["release_channel", i, "channel"], "value": "REGULAR"}],
} if {
	some r in tf.resources("google_container_cluster")
	some i, channel in tf.blocks(r.values, "release_channel")
	channel.channel == "RAPID"
}
