# METADATA
# title: Cloud Run service or job runs as the Compute Engine default service account
# description: >-
#   A Cloud Run revision without its own service account runs as the project's
#   Compute Engine default service account, which every VM and many other services
#   of the project share and which often still holds the Editor role. Code
#   execution in the container (a vulnerable dependency, an SSRF to the metadata
#   server) then yields a token that can change almost everything in the project.
#   Cloud Run does not create a dedicated identity; giving each service one with
#   only the roles it needs is the customer's duty.
# custom:
#   id: SRM-GCP-CLOUDRUN-005
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [google_cloud_run_v2_service, google_cloud_run_v2_job, google_cloud_run_service]}
#   remediation: >-
#     Create a service account per service and set it on the revision template:
#     `template { service_account = google_service_account.api.email }` (v1:
#     `template { spec { service_account_name = ... } }`), granting it only the roles
#     the code needs.
#   frameworks: {nist-800-53: [AC-6, AC-6(10), IA-2]}
#   references:
#     - "https://cloud.google.com/run/docs/securing/service-identity"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_v2_service#service_account"
package srm.google.cloudrun.default_service_account

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s does not set %s: it runs as the Compute Engine default service account", [t.what, t.attr]),
	"resource": t.resource.address,
	"path": array.concat(t.path, [t.attr]),
} if {
	some t in templates
	object.get(t.template, t.attr, null) in {null, ""}
}

deny contains {
	"msg": sprintf("%s runs as the Compute Engine default service account (%s)", [t.what, t.template[t.attr]]),
	"resource": t.resource.address,
	"path": array.concat(t.path, [t.attr]),
} if {
	some t in templates
	value := t.template[t.attr]
	is_string(value)
	regex.match(`^[0-9]+-compute@developer\.gserviceaccount\.com$`, value)
}

deny contains {
	"msg": sprintf("%s runs as the Compute Engine default service account (data.google_compute_default_service_account)", [t.what]),
	"resource": t.resource.address,
	"path": array.concat(t.path, [t.attr]),
} if {
	some t in templates
	refers_to_default_account(t)
}

unknown contains {"resource": t.resource.address, "path": array.concat(t.path, [t.attr])} if {
	some t in templates
	tf.is_unresolved(t.template[t.attr])
	not refers_to_default_account(t)
}

refers_to_default_account(t) if {
	some address in tf.references(t.resource, concat(".", [sprintf("%v", [step]) | some step in array.concat(t.path, [t.attr])]))
	startswith(address, "data.google_compute_default_service_account.")
}

# templates: the revision (or task) templates that name the identity, with the attribute that does.
templates contains {"resource": r, "path": ["template", i], "template": template, "attr": "service_account", "what": sprintf("Cloud Run service %s", [r.address])} if {
	some r in tf.resources("google_cloud_run_v2_service")
	some i, template in tf.blocks(r.values, "template")
}

templates contains {"resource": r, "path": ["template", i, "template", j], "template": template, "attr": "service_account", "what": sprintf("Cloud Run job %s", [r.address])} if {
	some r in tf.resources("google_cloud_run_v2_job")
	some i, outer in tf.blocks(r.values, "template")
	some j, template in tf.blocks(outer, "template")
}

templates contains {"resource": r, "path": ["template", i, "spec", j], "template": spec, "attr": "service_account_name", "what": sprintf("Cloud Run service %s", [r.address])} if {
	some r in tf.resources("google_cloud_run_service")
	some i, template in tf.blocks(r.values, "template")
	some j, spec in tf.blocks(template, "spec")
}
