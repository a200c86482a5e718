package srm.aws.backup.sensitive_store_backup_plan_test

import data.srm.aws.backup.sensitive_store_backup_plan as policy

res(type, name, values, refs) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": refs,
}

confidential := {"data-classification": "confidential"}

db := res("aws_db_instance", "app", {"engine": "postgres", "tags": confidential}, {})

selection(values, refs) := res("aws_backup_selection", "data", object.union({"name": "data", "plan_id": "${aws_backup_plan.data.id}"}, values), refs)

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_sensitive_store_without_selection_is_reported if {
	findings := policy.deny with input as doc({"aws_db_instance": [db]})
	{[f.resource, f.path] | some f in findings} == {["aws_db_instance.app", []]}
	every type in ["aws_rds_cluster", "aws_dynamodb_table", "aws_efs_file_system", "aws_ebs_volume"] {
		count(policy.deny) == 1 with input as doc({type: [res(type, "x", {"tags": {"DataClassification": "restricted"}}, {})]})
	}
}

test_selection_by_reference_passes if {
	s := selection({"resources": ["${aws_db_instance.app.arn}"]}, {"resources": ["aws_db_instance.app"]})
	count(policy.deny) == 0 with input as doc({"aws_db_instance": [db], "aws_backup_selection": [s]})
}

test_selection_of_another_resource_does_not_count if {
	s := selection({"resources": ["${aws_db_instance.other.arn}"]}, {"resources": ["aws_db_instance.other"]})
	count(policy.deny) == 1 with input as doc({"aws_db_instance": [db], "aws_backup_selection": [s]})
}

test_selection_by_wildcard_or_unresolved_passes if {
	wildcard := selection({"resources": ["arn:aws:rds:*:*:db:*"]}, {})
	count(policy.deny) == 0 with input as doc({"aws_db_instance": [db], "aws_backup_selection": [wildcard]})
	unresolved := selection({"resources": "${var.backup_arns}"}, {"resources": ["var.backup_arns"]})
	count(policy.deny) == 0 with input as doc({"aws_db_instance": [db], "aws_backup_selection": [unresolved]})
}

test_selection_by_tag if {
	matching := selection({"selection_tag": [{"type": "STRINGEQUALS", "key": "data-classification", "value": "confidential"}]}, {})
	count(policy.deny) == 0 with input as doc({"aws_db_instance": [db], "aws_backup_selection": [matching]})
	condition := selection({"condition": [{"string_equals": [{"key": "aws:ResourceTag/data-classification", "value": "confidential"}]}]}, {})
	count(policy.deny) == 0 with input as doc({"aws_db_instance": [db], "aws_backup_selection": [condition]})
	other := selection({"selection_tag": [{"type": "STRINGEQUALS", "key": "backup", "value": "daily"}]}, {})
	count(policy.deny) == 1 with input as doc({"aws_db_instance": [db], "aws_backup_selection": [other]})
}

test_efs_automatic_backups_pass if {
	efs := res("aws_efs_file_system", "shared", {"tags": confidential}, {})
	backup := res("aws_efs_backup_policy", "shared", {"file_system_id": "${aws_efs_file_system.shared.id}", "backup_policy": [{"status": "ENABLED"}]}, {"file_system_id": ["aws_efs_file_system.shared"]})
	count(policy.deny) == 0 with input as doc({"aws_efs_file_system": [efs], "aws_efs_backup_policy": [backup]})
	disabled := object.union(backup, {"values": {"backup_policy": [{"status": "DISABLED"}]}})
	count(policy.deny) == 1 with input as doc({"aws_efs_file_system": [efs], "aws_efs_backup_policy": [disabled]})
}

test_unclassified_stores_and_replicas_are_not_judged if {
	count(policy.deny) == 0 with input as doc({"aws_db_instance": [res("aws_db_instance", "x", {"tags": {"data-classification": "internal"}}, {})]})
	count(policy.deny) == 0 with input as doc({"aws_db_instance": [res("aws_db_instance", "x", {}, {})]})
	replica := res("aws_db_instance", "replica", {"replicate_source_db": "app", "tags": confidential}, {})
	count(policy.deny) == 0 with input as doc({"aws_db_instance": [replica]})
}

test_volume_of_a_selected_instance_passes if {
	volume := res("aws_ebs_volume", "data", {"size": 100, "tags": confidential}, {})
	attachment := res("aws_volume_attachment", "data", {"device_name": "/dev/sdf", "volume_id": "${aws_ebs_volume.data.id}", "instance_id": "${aws_instance.app.id}"}, {"volume_id": ["aws_ebs_volume.data"], "instance_id": ["aws_instance.app"]})
	s := selection({"resources": ["${aws_instance.app.arn}"]}, {"resources": ["aws_instance.app"]})
	count(policy.deny) == 0 with input as doc({"aws_ebs_volume": [volume], "aws_volume_attachment": [attachment], "aws_backup_selection": [s]})
	count(policy.deny) == 1 with input as doc({"aws_ebs_volume": [volume], "aws_volume_attachment": [attachment]})
}
