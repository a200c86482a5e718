package srm.google.sql.backups_test

import data.srm.google.sql.backups as policy

doc(values, settings) := {"format": "terraform", "module": ".", "resources": {"google_sql_database_instance": [{
	"address": "google_sql_database_instance.db", "type": "google_sql_database_instance", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "db", "database_version": "POSTGRES_15", "settings": [object.union({"tier": "db-f1-micro"}, settings)]}, values),
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as doc({}, {"backup_configuration": [{"enabled": false}]})
	{f.path | some f in findings} == {["settings", 0, "backup_configuration", 0, "enabled"]}
}

test_omitted_is_reported if {
	findings := policy.deny with input as doc({}, {"backup_configuration": [{"start_time": "02:00"}]})
	{f.path | some f in findings} == {["settings", 0, "backup_configuration", 0, "enabled"]}
	findings2 := policy.deny with input as doc({}, {})
	{f.path | some f in findings2} == {["settings", 0, "backup_configuration"]}
}

test_enabled_unresolved_and_replicas_pass if {
	count(policy.deny) == 0 with input as doc({}, {"backup_configuration": [{"enabled": true}]})
	count(policy.deny) == 0 with input as doc({}, {"backup_configuration": [{"enabled": "${var.backups}"}]})
	count(policy.deny) == 0 with input as doc({"master_instance_name": "${google_sql_database_instance.primary.name}"}, {})
}

test_fix_turns_backups_on if {
	off := policy.deny with input as doc({}, {"backup_configuration": [{"enabled": false}]})
	{f.fix | some f in off} == {[{"set": ["settings", 0, "backup_configuration", 0, "enabled"], "value": true}]}
	unset := policy.deny with input as doc({}, {"backup_configuration": [{"start_time": "02:00"}]})
	{f.fix | some f in unset} == {[{"set": ["settings", 0, "backup_configuration", 0, "enabled"], "value": true}]}
	missing := policy.deny with input as doc({}, {})
	{f.fix | some f in missing} == {[{"set": ["settings", 0, "backup_configuration", 0, "enabled"], "value": true}]}
}
