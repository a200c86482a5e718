# METADATA
# title: Cloud Run service or job does not enforce Binary Authorization
# description: >-
#   Without Binary Authorization, Cloud Run deploys any image that the deployer can
#   name: an image that was never scanned, built outside the trusted pipeline, or
#   pulled from a public registry. Binary Authorization checks every deployment
#   against a policy (attestations from the CI pipeline, vulnerability scan
#   results, allowed registries) and blocks or records the ones that fail. Cloud
#   Run applies it only when `binary_authorization` sets `use_default = true` or a
#   `policy`; a breakglass justification deploys without the check.
# custom:
#   id: SRM-GCP-CLOUDRUN-004
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: terraform, types: [google_cloud_run_v2_service, google_cloud_run_v2_job]}
#   remediation: >-
#     Add `binary_authorization { use_default = true }` (or `policy =
#     "projects/acme-prod/platforms/cloudRun/policies/prod"`) to the service or job,
#     with a project policy that requires attestations from your build pipeline;
#     remove `breakglass_justification` once the emergency is over.
#   frameworks: {nist-800-53: [CM-14, SI-7, SR-11]}
#   references:
#     - "https://cloud.google.com/binary-authorization/docs/run/enabling-binauthz-cloud-run"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_v2_service#binary_authorization"
package srm.google.cloudrun.binary_authorization

import data.srm.lib.terraform as tf

kinds := {"google_cloud_run_v2_service": "Cloud Run service", "google_cloud_run_v2_job": "Cloud Run job"}

deny contains {
	"msg": sprintf("%s %s has no binary_authorization block: any image can be deployed to it", [kinds[type], r.address]),
	"resource": r.address,
	"path": ["binary_authorization"],
} if {
	some type, _ in kinds
	some r in tf.resources(type)
	count(tf.blocks(r.values, "binary_authorization")) == 0
}

deny contains {
	"msg": sprintf("%s %s sets neither binary_authorization.use_default = true nor a policy: Binary Authorization is off", [kinds[type], r.address]),
	"resource": r.address,
	"path": ["binary_authorization", i, "use_default"],
} if {
	some type, _ in kinds
	some r in tf.resources(type)
	some i, config in tf.blocks(r.values, "binary_authorization")
	object.get(config, "use_default", false) in {false, "false", null}
	object.get(config, "policy", null) in {null, ""}
}

deny contains {
	"msg": sprintf("%s %s deploys with a Binary Authorization breakglass justification: its images bypass the policy", [kinds[type], r.address]),
	"resource": r.address,
	"path": ["binary_authorization", i, "breakglass_justification"],
} if {
	some type, _ in kinds
	some r in tf.resources(type)
	some i, config in tf.blocks(r.values, "binary_authorization")
	justification := object.get(config, "breakglass_justification", null)
	is_string(justification)
	justification != ""
}

unknown contains {"resource": r.address, "path": ["binary_authorization", i, "use_default"]} if {
	some type, _ in kinds
	some r in tf.resources(type)
	some i, config in tf.blocks(r.values, "binary_authorization")
	tf.is_unresolved(object.get(config, "use_default", false))
	object.get(config, "policy", null) in {null, ""}
}
