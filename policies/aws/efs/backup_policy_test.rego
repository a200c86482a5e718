package srm.aws.efs.backup_policy_test

import data.srm.aws.efs.backup_policy as policy

file_system(name, tags) := {
	"address": sprintf("aws_efs_file_system.%s", [name]), "type": "aws_efs_file_system", "name": name,
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"creation_token": name, "encrypted": true, "tags": tags},
}

backup_policy(fs, status) := {
	"address": sprintf("aws_efs_backup_policy.%s", [fs]), "type": "aws_efs_backup_policy", "name": fs,
	"mode": "managed", "file": "main.tf", "references": {"file_system_id": [sprintf("aws_efs_file_system.%s", [fs])]},
	"values": {"file_system_id": sprintf("${aws_efs_file_system.%s.id}", [fs]), "backup_policy": [{"status": status}]},
}

selection(values, refs) := {
	"address": "aws_backup_selection.efs", "type": "aws_backup_selection", "name": "efs",
	"mode": "managed", "file": "main.tf", "references": refs,
	"values": object.union({"name": "efs", "plan_id": "${aws_backup_plan.daily.id}", "iam_role_arn": "${aws_iam_role.backup.arn}"}, values),
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_file_system_without_backups_reported if {
	findings := policy.deny with input as doc({"aws_efs_file_system": [file_system("data", {})]})
	count(findings) == 1
	some f in findings
	f.resource == "aws_efs_file_system.data"
	f.path == []
}

test_disabled_policy_reported if {
	findings := policy.deny with input as doc({"aws_efs_file_system": [file_system("data", {})], "aws_efs_backup_policy": [backup_policy("data", "DISABLED")]})
	{f.resource | some f in findings} == {"aws_efs_backup_policy.data", "aws_efs_file_system.data"}
	some f in findings
	f.path == ["backup_policy", 0, "status"]
}

test_enabled_policy_or_selection_passes if {
	count(policy.deny) == 0 with input as doc({"aws_efs_file_system": [file_system("data", {})], "aws_efs_backup_policy": [backup_policy("data", "ENABLED")]})
	s := selection({"resources": ["${aws_efs_file_system.data.arn}"]}, {"resources": ["aws_efs_file_system.data"]})
	count(policy.deny) == 0 with input as doc({"aws_efs_file_system": [file_system("data", {})], "aws_backup_selection": [s]})
}

test_confidential_file_systems_left_to_backup_001 if {
	count(policy.deny) == 0 with input as doc({"aws_efs_file_system": [file_system("data", {"data-classification": "confidential"})]})
	count(policy.applies) == 0 with input as doc({"aws_efs_file_system": [file_system("data", {"data-classification": "confidential"})]})
	policy.applies == {"aws_efs_file_system.data"} with input as doc({"aws_efs_file_system": [file_system("data", {"data-classification": "internal"})]})
}

test_tag_or_unresolved_selection_not_judged if {
	tagged := selection({"resources": [], "selection_tag": [{"type": "STRINGEQUALS", "key": "backup", "value": "daily"}]}, {})
	count(policy.deny) == 0 with input as doc({"aws_efs_file_system": [file_system("data", {})], "aws_backup_selection": [tagged]})
	policy.unknown == {{"resource": "aws_efs_file_system.data", "path": []}} with input as doc({"aws_efs_file_system": [file_system("data", {})], "aws_backup_selection": [tagged]})
	variable := selection({"resources": "${var.backup_resources}"}, {"resources": ["var.backup_resources"]})
	count(policy.deny) == 0 with input as doc({"aws_efs_file_system": [file_system("data", {})], "aws_backup_selection": [variable]})
}

test_unresolved_status_not_reported if {
	count(policy.deny) == 0 with input as doc({"aws_efs_file_system": [file_system("data", {})], "aws_efs_backup_policy": [backup_policy("data", "${var.backup_status}")]})
}

test_fix_enables_the_backup_policy if {
	findings := policy.deny with input as {"format": "terraform", "module": ".", "resources": {
		"aws_efs_file_system": [file_system("cache", {})],
		"aws_efs_backup_policy": [backup_policy("cache", "DISABLED")],
	}}
	{[f.resource, object.get(f, "fix", null)] | some f in findings} == {
		["aws_efs_backup_policy.cache", [{"set": ["backup_policy", 0, "status"], "value": "ENABLED"}]],
		["aws_efs_file_system.cache", null],
	}
}
