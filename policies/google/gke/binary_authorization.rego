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
#   fix: {safety: unsafe, change: 'Sets `binary_authorization { evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE" }` (or `enabled = true` / `enable_binary_authorization = true` where the older attribute is written); pods whose images the project policy does not allow are refused.'}
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
	"fix": [{"set": ["binary_authorization", i, "evaluation_mode"], "value": "PROJECT_SINGLETON_POLICY_ENFORCE"}],
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
	"fix": [block_fix(["binary_authorization", i], config)],
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
	"fix": [cluster_fix(r.values)],
} if {
	some r in tf.resources("google_container_cluster")
	not legacy_enabled(r.values)
	count(tf.blocks(r.values, "binary_authorization")) == 0
}

# The fix of a block without evaluation_mode: `evaluation_mode` conflicts with the
# deprecated `enabled`, so where `enabled` is written it is the one turned on.
block_fix(path, config) := {"set": array.concat(path, ["enabled"]), "value": true} if "enabled" in object.keys(config)

block_fix(path, config) := {"set": array.concat(path, ["evaluation_mode"]), "value": "PROJECT_SINGLETON_POLICY_ENFORCE"} if not "enabled" in object.keys(config)

# The fix of a cluster without the block: the pre-4.31 attribute where it is written.
cluster_fix(values) := {"set": ["enable_binary_authorization"], "value": true} if "enable_binary_authorization" in object.keys(values)

cluster_fix(values) := {"set": ["binary_authorization", 0, "evaluation_mode"], "value": "PROJECT_SINGLETON_POLICY_ENFORCE"} if not "enable_binary_authorization" in object.keys(values)

# Provider versions before 4.31 used `enable_binary_authorization = true`.
legacy_enabled(values) if tf.is_true(values.enable_binary_authorization)

legacy_enabled(values) if tf.is_unresolved(values.enable_binary_authorization)
