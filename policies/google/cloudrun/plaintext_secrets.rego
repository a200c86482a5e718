# METADATA
# title: Cloud Run service or job receives a secret as a plaintext environment variable
# description: >-
#   A literal `env { value = ... }` is part of the revision configuration: anyone
#   allowed `run.services.get` or `run.jobs.get`, the console, the Terraform state
#   and every deployment pipeline see the password, token or key in clear, and it
#   cannot be rotated without deploying a new revision. Cloud Run can inject the
#   value from Secret Manager instead (`value_source { secret_key_ref { ... } }`),
#   where access is controlled, audited and versioned; keeping credentials out of
#   plain values is the customer's duty.
# custom:
#   id: SRM-GCP-CLOUDRUN-003
#   severity: high
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: terraform, types: [google_cloud_run_v2_service, google_cloud_run_v2_job, google_cloud_run_service]}
#   remediation: >-
#     Store the value in Secret Manager and reference it: `env { name = "DB_PASSWORD"
#     value_source { secret_key_ref { secret = google_secret_manager_secret.db.secret_id
#     version = "latest" } } }`, granting the service's account
#     `roles/secretmanager.secretAccessor` on that secret.
#   frameworks: {nist-800-53: [IA-5(7), SC-28]}
#   references:
#     - "https://cloud.google.com/run/docs/configuring/services/secrets"
#     - "https://cloud.google.com/run/docs/configuring/services/environment-variables"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_v2_service#value_source"
package srm.google.cloudrun.plaintext_secrets

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s passes %q as a plaintext environment variable of container %s; reference it from Secret Manager with value_source.secret_key_ref", [c.what, env.name, c.name]),
	"resource": c.address,
	"path": array.concat(c.path, ["env", e, "value"]),
} if {
	some c in containers
	some e, env in tf.blocks(c.container, "env")
	tf.looks_like_secret_name(env.name)
	carries_value(object.get(env, "value", null))
}

# A value is carried (literal or computed: either way it is stored in the revision);
# empty strings and Secret Manager resource names are not secrets.
carries_value(value) if {
	is_string(value)
	value != ""
	not regex.match(`^projects/[^/]+/secrets/`, value)
}

carries_value(value) if is_number(value)

# containers: every container of a v2 service, a v2 job and a v1 service, with its path.
containers contains {"address": r.address, "path": ["template", t, "containers", i], "container": container, "name": container_name(container, i), "what": sprintf("Cloud Run service %s", [r.address])} if {
	some r in tf.resources("google_cloud_run_v2_service")
	some t, template in tf.blocks(r.values, "template")
	some i, container in tf.blocks(template, "containers")
}

containers contains {"address": r.address, "path": ["template", t, "template", u, "containers", i], "container": container, "name": container_name(container, i), "what": sprintf("Cloud Run job %s", [r.address])} if {
	some r in tf.resources("google_cloud_run_v2_job")
	some t, outer in tf.blocks(r.values, "template")
	some u, template in tf.blocks(outer, "template")
	some i, container in tf.blocks(template, "containers")
}

containers contains {"address": r.address, "path": ["template", t, "spec", s, "containers", i], "container": container, "name": container_name(container, i), "what": sprintf("Cloud Run service %s", [r.address])} if {
	some r in tf.resources("google_cloud_run_service")
	some t, template in tf.blocks(r.values, "template")
	some s, spec in tf.blocks(template, "spec")
	some i, container in tf.blocks(spec, "containers")
}

container_name(container, _) := sprintf("%q", [container.name]) if {
	is_string(container.name)
	not tf.is_unresolved(container.name)
}

container_name(container, i) := sprintf("#%d", [i]) if not is_string(container.name)

container_name(container, i) := sprintf("#%d", [i]) if tf.is_unresolved(container.name)
