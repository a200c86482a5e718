# METADATA
# title: Confidential data store is not covered by an AWS Backup plan
# description: >-
#   Service-level backups (RDS automated backups, DynamoDB point-in-time recovery,
#   EBS snapshots) live in the same account and are deleted with the resource or by
#   anyone who can delete it. AWS Backup adds what a recovery plan for
#   confidential or restricted data needs: scheduled recovery points in a separate
#   vault (optionally locked, copied to another region or account), enforced
#   retention and a report an auditor can check. AWS Backup protects only the
#   resources a backup selection assigns to a plan.
# custom:
#   id: SRM-AWS-BACKUP-001
#   severity: medium
#   areas: [compliance, incident-response]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [aws_db_instance, aws_rds_cluster, aws_dynamodb_table, aws_efs_file_system, aws_ebs_volume, aws_backup_selection, aws_efs_backup_policy, aws_volume_attachment]
#   remediation: >-
#     Assign the resource to a backup plan: `resource "aws_backup_selection" "data"
#     { plan_id = aws_backup_plan.data.id iam_role_arn = aws_iam_role.backup.arn
#     name = "confidential" resources = [aws_db_instance.app.arn] }`, or select by tag
#     with `selection_tag { type = "STRINGEQUALS" key = "data-classification" value
#     = "confidential" }` (for EFS, `aws_efs_backup_policy` with status ENABLED also
#     works).
#   frameworks: {nist-800-53: [CP-9, CP-6, CP-10]}
#   references:
#     - "https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html"
#     - "https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_selection"
package srm.aws.backup.sensitive_store_backup_plan

import data.srm.lib.terraform as tf

store_types := ["aws_db_instance", "aws_rds_cluster", "aws_dynamodb_table", "aws_efs_file_system", "aws_ebs_volume"]

deny contains {
	"msg": sprintf("%s is classified %s but no aws_backup_selection in this module assigns it to a backup plan (by ARN, wildcard or tag)", [r.address, concat("/", sort(tf.classifications(r.values)))]),
	"resource": r.address,
	"path": [],
} if {
	some type in store_types
	some r in tf.resources(type)
	tf.is_sensitive(r.values)
	not read_replica(r)
	not covered(r)
}

# A read replica is restored from its source's backups.
read_replica(r) if {
	r.type == "aws_db_instance"
	"replicate_source_db" in object.keys(r.values)
}

# Each selection, volume attachment and EFS backup policy is read once per
# document into the sets below; a store is then looked up in them instead of
# scanning every selection (and every attachment) for every store.

# Selected by reference in `resources`.
covered(r) if selected_addresses[tf.base_address(r)]

# An EBS volume attached to an instance that a selection names by reference:
# AWS Backup backs up an EC2 instance with all its attached volumes.
covered(r) if {
	r.type == "aws_ebs_volume"
	some key in tf.reference_keys(r.address)
	volumes_of_selected_instances[key]
}

# Selected by a wildcard ARN ("*" or "arn:aws:rds:*:*:db:*"), or through an
# expression that does not name a resource of this module (not judged).
covered(_) if wildcard_selection

covered(_) if unjudged_selection

# Selected by tag: a selection_tag (STRINGEQUALS) or a condition string_equals on
# aws:ResourceTag/<key>; an unresolved key or value may match (not judged), other
# operators (string_like, not_equals) are not judged either.
covered(r) if {
	tags := object.get(r.values, "tags", {})
	is_object(tags)
	some key, value in tags
	selection_tag_conditions[[key, value]]
}

covered(_) if unresolved_selected_tag

covered(r) if {
	count(selection_tag_conditions) > 0
	tf.tags_unresolved(r.values)
}

covered(_) if unjudged_tag_operator

# EFS automatic backups (aws/efs/automatic-backup-plan).
covered(r) if {
	r.type == "aws_efs_file_system"
	some key in tf.reference_keys(r.address)
	backed_up_file_systems[key]
}

# selected_addresses: every address a selection's `resources` refers to.
selected_addresses contains address if {
	some selection in tf.resources("aws_backup_selection")
	some path, addresses in selection.references
	startswith(path, "resources")
	some address in addresses
}

# volumes_of_selected_instances: the addresses the volume_id of an attachment
# refers to, when its instance_id refers to a selected resource.
volumes_of_selected_instances contains volume if {
	some attachment in tf.resources("aws_volume_attachment")
	some instance in tf.references(attachment, "instance_id")
	selected_addresses[instance]
	some volume in tf.references(attachment, "volume_id")
}

wildcard_selection if {
	some selection in tf.resources("aws_backup_selection")
	some value in as_list(object.get(selection.values, "resources", []))
	is_string(value)
	not tf.is_unresolved(value)
	contains(value, "*")
}

unjudged_selection if {
	some selection in tf.resources("aws_backup_selection")
	resources := object.get(selection.values, "resources", [])
	some value in as_list(resources)
	tf.is_unresolved(value)
	not names_module_resource(selection)
}

# selection_tag_conditions: the [key, value] of every selection_tag and
# string_equals condition on aws:ResourceTag/<key>.
selection_tag_conditions contains [tag.key, tag.value] if {
	some selection in tf.resources("aws_backup_selection")
	some tag in tf.blocks(selection.values, "selection_tag")
}

selection_tag_conditions contains [trim_prefix(equals.key, "aws:ResourceTag/"), equals.value] if {
	some selection in tf.resources("aws_backup_selection")
	some condition in tf.blocks(selection.values, "condition")
	some equals in tf.blocks(condition, "string_equals")
}

unresolved_selected_tag if {
	some [key, value] in selection_tag_conditions
	tag_unresolved(key, value)
}

unjudged_tag_operator if {
	some selection in tf.resources("aws_backup_selection")
	some condition in tf.blocks(selection.values, "condition")
	some operator in ["string_like", "string_not_equals", "string_not_like"]
	count(tf.blocks(condition, operator)) > 0
}

tag_unresolved(key, _) if tf.is_unresolved(key)

tag_unresolved(_, value) if tf.is_unresolved(value)

# backed_up_file_systems: the addresses the file_system_id of an EFS backup
# policy with backups enabled (or unresolved) refers to.
backed_up_file_systems contains address if {
	some policy in tf.resources("aws_efs_backup_policy")
	some block in tf.blocks(policy.values, "backup_policy")
	backup_enabled(block.status)
	some address in tf.references(policy, "file_system_id")
}

backup_enabled(status) if status == "ENABLED"

backup_enabled(status) if tf.is_unresolved(status)

names_module_resource(selection) if {
	some path, addresses in selection.references
	startswith(path, "resources")
	some address in addresses
	some type in store_types
	startswith(address, concat("", [type, "."]))
}

as_list(x) := x if is_array(x)

as_list(x) := [x] if not is_array(x)
