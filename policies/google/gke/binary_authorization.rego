# METADATA
# title: GKE cluster does not enforce Binary Authorization
# description: >-
#   Binary Authorization only admits container images that satisfy a policy, for
#   example images built by the trusted pipeline, signed after vulnerability
#   scanning, or pulled from the organization's registries. Without it anyone with
#   deploy rights (or a stolen CI token) can run any public or tampered image in
#   the cluster. GKE does not evaluate images unless the cluster enables an
#   evaluation mode.
# custom:
#   id: SRM-GCP-GKE-011
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: terraform, types: [google_container_cluster]}
#   remediation: >-
#     Enforce the project's policy: `binary_authorization { evaluation_mode =
#     "PROJECT_SINGLETON_POLICY_ENFORCE" }`, with a `google_binary_authorization_policy`
#     that requires attestations or restricts image registries.
#   frameworks: {nist-800-53: [CM-7(5), SI-7, SR-11]}
#   references:
#     - "https://cloud.google.com/binary-authorization/docs/overview"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#binary_authorization"
#   peers:
#     checkov: [CKV_GCP_66]
package srm.google.gke.binary_authorization

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("GKE cluster %s sets binary_authorization.evaluation_mode = %q: images are not checked", [r.address, config.evaluation_mode]),
	"resource": r.address,
	"path": ["binary_authorization", i, "evaluation_mode"],
} if {
	some r in tf.resources("google_container_cluster")
	not legacy_enabled(r.values)
	some i, config in tf.blocks(r.values, "binary_authorization")
	config.evaluation_mode == "DISABLED"
}

deny contains {
	"msg": sprintf("GKE cluster %s sets no binary_authorization evaluation_mode: images are not checked", [r.address]),
	"resource": r.address,
	"path": ["binary_authorization", i, "evaluation_mode"],
} if {
	some r in tf.resources("google_container_cluster")
	not legacy_enabled(r.values)
	some i, config in tf.blocks(r.values, "binary_authorization")
	object.get(config, "evaluation_mode", null) == null
	not tf.is_true(object.get(config, "enabled", false))
}

deny contains {
	"msg": sprintf("GKE cluster %s has no binary_authorization block: any image can run in the cluster", [r.address]),
	"resource": r.address,
	"path": ["binary_authorization"],
} if {
	some r in tf.resources("google_container_cluster")
	not legacy_enabled(r.values)
	count(tf.blocks(r.values, "binary_authorization")) == 0
}

# Provider versions before 4.31 used `enable_binary_authorization = true`.
legacy_enabled(values) if tf.is_true(values.enable_binary_authorization)

legacy_enabled(values) if tf.is_unresolved(values.enable_binary_authorization)
