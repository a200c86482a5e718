# METADATA
# title: EFS file system has automatic backups turned off
# description: >-
#   A file system without backups loses its data for good to an accidental rm -rf,
#   a faulty deployment or ransomware running in a client with write access: EFS
#   replicates within a region for durability, not to undo deletions. EFS
#   automatic backups copy the file system daily to AWS Backup with 35-day
#   retention, but a file system created through the API or Terraform has them
#   off until a backup policy enables them. (Confidential file systems are judged
#   by SRM-AWS-BACKUP-001.) There is no automatic fix for a file system without
#   any backup policy: the policy or a backup selection is a new resource.
# custom:
#   id: SRM-AWS-EFS-004
#   severity: medium
#   areas: [incident-response, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [aws_efs_file_system, aws_efs_backup_policy, aws_backup_selection]}
#   remediation: >-
#     Turn on automatic backups: `resource "aws_efs_backup_policy" "data" {
#     file_system_id = aws_efs_file_system.data.id backup_policy { status = "ENABLED" } }`,
#     or assign the file system to an AWS Backup plan with an `aws_backup_selection`.
#   fix: {safety: safe, change: "Sets `status = \"ENABLED\"` in the `aws_efs_backup_policy`; AWS Backup copies the file system daily (billed backup storage), clients are not affected. A file system without a backup policy gets no fix."}
#   frameworks: {nist-800-53: [CP-9, CP-10]}
#   references:
#     - "https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html#automatic-backups"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-2"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_backup_policy"
#   peers: {checkov: [CKV2_AWS_18]}
package srm.aws.efs.backup_policy

import data.srm.lib.terraform as tf

# A backup policy that turns backups off.
deny contains {
	"msg": sprintf("EFS backup policy %s turns automatic backups off (status = %q)", [r.address, block.status]),
	"resource": r.address,
	"path": ["backup_policy", i, "status"],
	"fix": [{"set": ["backup_policy", i, "status"], "value": "ENABLED"}],
} if {
	some r in tf.resources("aws_efs_backup_policy")
	some i, block in tf.blocks(r.values, "backup_policy")
	block.status == "DISABLED"
}

# A file system that no backup policy or backup selection of this module covers.
deny contains {
	"msg": sprintf("EFS file system %s has no automatic backups: no aws_efs_backup_policy enables them and no aws_backup_selection selects it", [r.address]),
	"resource": r.address,
	"path": [],
} if {
	some r in judged
	not covered(r)
	not unjudged_coverage
}

applies contains r.address if some r in judged

unknown contains {"resource": r.address, "path": []} if {
	some r in judged
	not covered(r)
	unjudged_coverage
}

# Confidential and restricted file systems are SRM-AWS-BACKUP-001's.
judged contains r if {
	some r in tf.resources("aws_efs_file_system")
	not tf.is_sensitive(r.values)
}

# A backup policy with status ENABLED (or an unresolved status) for the file system.
covered(r) if {
	some policy in tf.referrers("aws_efs_backup_policy", "file_system_id", r.address)
	some block in tf.blocks(policy.values, "backup_policy")
	enabled_or_unresolved(block.status)
}

# A backup selection that names the file system in `resources`.
covered(r) if {
	some key in tf.reference_keys(tf.base_address(r))
	selected_addresses[key]
}

enabled_or_unresolved(status) if status == "ENABLED"

enabled_or_unresolved(status) if tf.is_unresolved(status)

selected_addresses contains address if {
	some selection in tf.resources("aws_backup_selection")
	some path, addresses in selection.references
	startswith(path, "resources")
	some address in addresses
}

# A selection by tag, by condition, by wildcard or through an expression that names no
# file system of this module may cover any file system: none is judged then.
unjudged_coverage if {
	some selection in tf.resources("aws_backup_selection")
	some block in ["selection_tag", "condition"]
	count(tf.blocks(selection.values, block)) > 0
}

unjudged_coverage if {
	some selection in tf.resources("aws_backup_selection")
	some value in tf.as_array(object.get(selection.values, "resources", []))
	is_string(value)
	contains(value, "*")
}

unjudged_coverage if {
	some selection in tf.resources("aws_backup_selection")
	tf.is_unresolved(object.get(selection.values, "resources", []))
}

unjudged_coverage if {
	some selection in tf.resources("aws_backup_selection")
	some value in tf.as_array(object.get(selection.values, "resources", []))
	tf.is_unresolved(value)
	not names_a_file_system(selection)
}

names_a_file_system(selection) if {
	some path, addresses in selection.references
	startswith(path, "resources")
	some address in addresses
	startswith(address, "aws_efs_file_system.")
}

# An EFS backup policy whose file system is an expression naming no file system of this module.
unjudged_coverage if {
	some policy in tf.resources("aws_efs_backup_policy")
	tf.is_unresolved(policy.values.file_system_id)
	every address in tf.references(policy, "file_system_id") {
		not startswith(address, "aws_efs_file_system.")
	}
}
