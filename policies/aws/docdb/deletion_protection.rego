# METADATA
# title: DocumentDB cluster has deletion protection disabled
# description: >-
#   Without deletion protection one API call, console click or `terraform destroy`
#   (or a replacement forced by a changed argument) deletes the cluster, and with
#   `skip_final_snapshot` its automated backups go with it. Deletion protection
#   makes deletion a two-step, deliberate act. DocumentDB leaves it off unless the
#   customer turns it on.
# custom:
#   id: SRM-AWS-DOCDB-004
#   severity: medium
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [aws_docdb_cluster]}
#   remediation: >-
#     Turn deletion protection on: `deletion_protection = true` on `aws_docdb_cluster`
#     (and keep `skip_final_snapshot = false` with a `final_snapshot_identifier`).
#   fix: {safety: safe, change: "Sets `deletion_protection = true`; the running cluster is unaffected, and deleting it (also with `terraform destroy`) first needs a change that turns the protection off."}
#   frameworks: {nist-800-53: [CP-9, SI-12]}
#   references:
#     - "https://docs.aws.amazon.com/documentdb/latest/developerguide/db-cluster-delete.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html#documentdb-5"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#deletion_protection"
package srm.aws.docdb.deletion_protection

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("DocumentDB cluster %s can be deleted in one step: deletion_protection is %v; set it to true", [r.address, r.values.deletion_protection]),
	"resource": r.address,
	"path": ["deletion_protection"],
	"fix": [{"set": ["deletion_protection"], "value": true}],
} if {
	some r in tf.resources("aws_docdb_cluster")
	tf.is_false(r.values.deletion_protection)
}

deny contains {
	"msg": sprintf("DocumentDB cluster %s can be deleted in one step: deletion_protection is not set (default false); set it to true", [r.address]),
	"resource": r.address,
	"path": ["deletion_protection"],
	"fix": [{"set": ["deletion_protection"], "value": true}],
} if {
	some r in tf.resources("aws_docdb_cluster")
	not "deletion_protection" in object.keys(r.values)
}

unknown contains {"resource": r.address, "path": ["deletion_protection"]} if {
	some r in tf.resources("aws_docdb_cluster")
	tf.is_unresolved(r.values.deletion_protection)
}
