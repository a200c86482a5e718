# METADATA
# title: Cloud Function receives a secret as a plaintext environment variable
# description: >-
#   Runtime and build environment variables are part of the function
#   configuration: anyone allowed `cloudfunctions.functions.get`, the console, the
#   Terraform state and every deployment pipeline see the password, token or key in
#   clear, and it cannot be rotated without redeploying. Cloud Functions can read
#   the value from Secret Manager instead (`secret_environment_variables`), where
#   access is controlled, audited and versioned; keeping credentials out of plain
#   variables is the customer's duty.
# custom:
#   id: SRM-GCP-FUNCTIONS-004
#   severity: high
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: terraform, types: [google_cloudfunctions2_function, google_cloudfunctions_function]}
#   remediation: >-
#     Store the value in Secret Manager and reference it:
#     `service_config { secret_environment_variables { key = "DB_PASSWORD"
#     project_id = var.project_id secret = google_secret_manager_secret.db.secret_id
#     version = "latest" } }` (1st gen: a top-level `secret_environment_variables`
#     block), granting the function's account `roles/secretmanager.secretAccessor`.
#   frameworks: {nist-800-53: [IA-5(7), SC-28]}
#   references:
#     - "https://cloud.google.com/functions/docs/configuring/secrets"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions2_function#secret_environment_variables"
package srm.google.functions.plaintext_secrets

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud Function %s passes %q as a plaintext %s; use secret_environment_variables with Secret Manager", [m.address, name, m.what]),
	"resource": m.address,
	"path": array.concat(m.path, [name]),
} if {
	some m in variable_maps
	is_object(m.variables)
	some name, value in m.variables
	tf.looks_like_secret_name(name)
	carries_value(value)
}

# A value is carried (literal or computed: either way it is stored in the function
# configuration); empty strings and Secret Manager resource names are not secrets.
carries_value(value) if {
	is_string(value)
	value != ""
	not regex.match(`^projects/[^/]+/secrets/`, value)
}

carries_value(value) if is_number(value)

variable_maps contains {"address": r.address, "path": ["service_config", i, "environment_variables"], "variables": object.get(config, "environment_variables", {}), "what": "runtime environment variable"} if {
	some r in tf.resources("google_cloudfunctions2_function")
	some i, config in tf.blocks(r.values, "service_config")
}

variable_maps contains {"address": r.address, "path": ["build_config", i, "environment_variables"], "variables": object.get(config, "environment_variables", {}), "what": "build environment variable"} if {
	some r in tf.resources("google_cloudfunctions2_function")
	some i, config in tf.blocks(r.values, "build_config")
}

variable_maps contains {"address": r.address, "path": [attr], "variables": object.get(r.values, attr, {}), "what": what} if {
	some r in tf.resources("google_cloudfunctions_function")
	some attr, what in {"environment_variables": "runtime environment variable", "build_environment_variables": "build environment variable"}
}
