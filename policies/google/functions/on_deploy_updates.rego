# METADATA
# title: Cloud Function receives runtime security patches only when it is redeployed
# description: >-
#   Google publishes OS and language runtime security patches as new versions of
#   each function's runtime image. With the default automatic update policy they
#   are rolled out to running functions without a redeployment; with
#   `on_deploy_update_policy` a function keeps its vulnerable base image until
#   someone deploys it again, which for a stable function can be months or never.
#   Choosing the update policy, and redeploying when it is on-deploy, is the
#   customer's part of patching the runtime.
# custom:
#   id: SRM-GCP-FUNCTIONS-005
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [google_cloudfunctions2_function, google_cloudfunctions_function]}
#   remediation: >-
#     Remove `on_deploy_update_policy` (automatic updates are the default) or set
#     `build_config { automatic_update_policy {} }` (1st gen: a top-level
#     `automatic_update_policy {}`); if a function must stay on-deploy, redeploy it on
#     a schedule.
#   frameworks: {nist-800-53: [SI-2, SI-2(2)]}
#   references:
#     - "https://cloud.google.com/functions/docs/securing/execution-environment-security#security_update_policy"
#     - "https://cloud.google.com/run/docs/configuring/services/automatic-base-image-updates"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions2_function#on_deploy_update_policy"
package srm.google.functions.on_deploy_updates

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud Function %s uses on_deploy_update_policy: its runtime image gets security patches only when the function is redeployed", [r.address]),
	"resource": r.address,
	"path": ["build_config", i, "on_deploy_update_policy"],
} if {
	some r in tf.resources("google_cloudfunctions2_function")
	some i, config in tf.blocks(r.values, "build_config")
	count(tf.blocks(config, "on_deploy_update_policy")) > 0
}

deny contains {
	"msg": sprintf("Cloud Function %s uses on_deploy_update_policy: its runtime image gets security patches only when the function is redeployed", [r.address]),
	"resource": r.address,
	"path": ["on_deploy_update_policy"],
} if {
	some r in tf.resources("google_cloudfunctions_function")
	count(tf.blocks(r.values, "on_deploy_update_policy")) > 0
}
