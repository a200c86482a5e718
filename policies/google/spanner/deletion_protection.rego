# METADATA
# title: Spanner database can be deleted by Terraform without protection
# description: >-
#   Dropping a Spanner database deletes its data at once, and a mistaken
#   `terraform destroy`, a renamed resource or a replacement forced by a changed
#   attribute is enough to do it. The google provider protects databases by
#   default (`deletion_protection = true`); this policy reports databases that turn
#   that protection off without enabling the API-level `enable_drop_protection`,
#   which also blocks deletion from the console, gcloud and the API.
# custom:
#   id: SRM-GCP-SPANNER-002
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [google_spanner_database]}
#   remediation: >-
#     Keep `deletion_protection = true` (the default) and also set
#     `enable_drop_protection = true`; turn them off only in the change that really
#     drops the database.
#   fix: {safety: safe, change: 'Sets `deletion_protection = true`; Terraform then refuses to drop the database until a change turns it off again; the database itself is not changed.'}
#   frameworks: {nist-800-53: [CP-9, SI-12]}
#   references:
#     - "https://cloud.google.com/spanner/docs/prevent-database-deletion"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/spanner_database#deletion_protection"
#   peers: {checkov: [CKV_GCP_119]}
package srm.google.spanner.deletion_protection

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Spanner database %s sets deletion_protection = false and does not enable enable_drop_protection: Terraform can drop it with all its data", [r.address]),
	"resource": r.address,
	"path": ["deletion_protection"],
	"fix": [{"set": ["deletion_protection"], "value": true}],
} if {
	some r in tf.resources("google_spanner_database")
	tf.is_false(r.values.deletion_protection)
	not drop_protection_or_unknown(r.values)
}

unknown contains {"resource": r.address, "path": ["deletion_protection"]} if {
	some r in tf.resources("google_spanner_database")
	tf.is_unresolved(r.values.deletion_protection)
}

drop_protection_or_unknown(values) if tf.is_true(values.enable_drop_protection)

drop_protection_or_unknown(values) if tf.is_unresolved(values.enable_drop_protection)
