# METADATA
# title: Redshift cluster is not encrypted at rest
# description: >-
#   An unencrypted data warehouse keeps every table, its automated and manual
#   snapshots and its cross-region snapshot copies in plaintext, and nothing gates
#   access to the data with a KMS key policy. Since January 2025 AWS encrypts new
#   provisioned clusters by default and the AWS provider defaults `encrypted` to
#   true (v5.98 / v6), so only an explicit `encrypted = false`, typically kept from
#   older code or for a cluster created before the change, is reported.
# custom:
#   id: SRM-AWS-REDSHIFT-001
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_redshift_cluster]}
#   remediation: >-
#     Encrypt the cluster: `encrypted = true` (or remove the attribute) with
#     `kms_key_id = aws_kms_key.redshift.arn` for a customer managed key; Redshift
#     migrates an existing cluster to encryption in place.
#   fix: {safety: unsafe, change: "Sets `encrypted = true` (with the AWS managed key unless `kms_key_id` names one); Redshift migrates the existing cluster to encrypted storage in place, and the cluster is read-only while the migration runs."}
#   frameworks: {nist-800-53: [SC-28, SC-28(1)]}
#   peers: {checkov: [CKV_AWS_64], kics: [redshift_not_encrypted]}
#   references:
#     - "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-10"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#encrypted"
package srm.aws.redshift.encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redshift cluster %s is not encrypted at rest: encrypted is %v; set encrypted = true", [r.address, r.values.encrypted]),
	"resource": r.address,
	"path": ["encrypted"],
	"fix": [{"set": ["encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_redshift_cluster")
	tf.is_false(r.values.encrypted)
}
