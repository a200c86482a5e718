package srm.google.spanner.default_backups_test

import data.srm.google.spanner.default_backups as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

instance(values) := res("google_spanner_instance", "main", object.union({"name": "main", "config": "regional-europe-west1", "num_nodes": 1}, values), {})

schedule(instance_value, refs) := res("google_spanner_backup_schedule", "daily", {"name": "daily", "instance": instance_value, "database": "ledger", "retention_duration": "2592000s"}, {"instance": refs})

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_opt_out_without_schedule_is_reported if {
	findings := policy.deny with input as doc({"google_spanner_instance": [instance({"default_backup_schedule_type": "NONE"})]})
	{f.path | some f in findings} == {["default_backup_schedule_type"]}
}

test_schedule_covers_instance if {
	by_reference := schedule("${google_spanner_instance.main.name}", ["google_spanner_instance.main"])
	count(policy.deny) == 0 with input as doc({"google_spanner_instance": [instance({"default_backup_schedule_type": "NONE"})], "google_spanner_backup_schedule": [by_reference]})
	by_name := schedule("main", [])
	count(policy.deny) == 0 with input as doc({"google_spanner_instance": [instance({"default_backup_schedule_type": "NONE"})], "google_spanner_backup_schedule": [by_name]})
	other := schedule("other", [])
	count(policy.deny) == 1 with input as doc({"google_spanner_instance": [instance({"default_backup_schedule_type": "NONE"})], "google_spanner_backup_schedule": [other]})
}

test_default_automatic_and_free_instances_pass if {
	count(policy.deny) == 0 with input as doc({"google_spanner_instance": [instance({})]})
	count(policy.deny) == 0 with input as doc({"google_spanner_instance": [instance({"default_backup_schedule_type": "AUTOMATIC"})]})
	free := instance({"instance_type": "FREE_INSTANCE", "default_backup_schedule_type": "NONE"})
	count(policy.deny) == 0 with input as doc({"google_spanner_instance": [free]})
	count(policy.applies) == 0 with input as doc({"google_spanner_instance": [free]})
}

test_unresolved_values_are_not_reported if {
	d := doc({"google_spanner_instance": [instance({"default_backup_schedule_type": "${var.backups}"})]})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_spanner_instance.main", "path": ["default_backup_schedule_type"]}} with input as d
	elsewhere := schedule("${var.instance}", ["var.instance"])
	count(policy.deny) == 0 with input as doc({"google_spanner_instance": [instance({"default_backup_schedule_type": "NONE"})], "google_spanner_backup_schedule": [elsewhere]})
}

test_fix_turns_default_backups_on if {
	findings := policy.deny with input as doc({"google_spanner_instance": [instance({"default_backup_schedule_type": "NONE"})]})
	{f.fix | some f in findings} == {[{"set": ["default_backup_schedule_type"], "value": "AUTOMATIC"}]}
}
