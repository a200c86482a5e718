package srm.google.sql.postgres_connection_logging_test

import data.srm.google.sql.postgres_connection_logging as policy

doc(version, flags) := {"format": "terraform", "module": ".", "resources": {"google_sql_database_instance": [{
	"address": "google_sql_database_instance.db", "type": "google_sql_database_instance", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "db", "database_version": version, "settings": [{"tier": "db-f1-micro", "database_flags": flags}]},
}]}}

on(name) := {"name": name, "value": "on"}

test_flag_off_is_reported if {
	findings := policy.deny with input as doc("POSTGRES_15", [on("log_connections"), {"name": "log_disconnections", "value": "off"}])
	{f.path | some f in findings} == {["settings", 0, "database_flags", 1, "value"]}
}

test_missing_flags_are_reported if {
	findings := policy.deny with input as doc("POSTGRES_15", [on("log_checkpoints")])
	count(findings) == 1
	some f in findings
	f.path == ["settings", 0, "database_flags"]
	contains(f.msg, "log_connections and log_disconnections")
	count(policy.deny) == 1 with input as doc("POSTGRES_14", [on("log_connections")])
	count(policy.deny) == 1 with input as doc("POSTGRES_14", [])
}

test_both_on_passes if {
	count(policy.deny) == 0 with input as doc("POSTGRES_15", [on("log_connections"), on("log_disconnections")])
	count(policy.deny) == 0 with input as doc("POSTGRES_15", [on("log_connections"), {"name": "log_disconnections", "value": "${var.v}"}])
}

test_other_engines_and_dynamic_flags_not_judged if {
	count(policy.deny) == 0 with input as doc("MYSQL_8_0", [])
	count(policy.deny) == 0 with input as doc("${var.version}", [])
	count(policy.deny) == 0 with input as doc("POSTGRES_15", [{"name": "${database_flags.value.name}", "value": "${database_flags.value.value}"}])
}

test_fix_only_for_a_flag_written_off if {
	off := policy.deny with input as doc("POSTGRES_15", [{"name": "log_connections", "value": "off"}, on("log_disconnections")])
	{f.fix | some f in off} == {[{"set": ["settings", 0, "database_flags", 0, "value"], "value": "on"}]}
	missing := policy.deny with input as doc("POSTGRES_15", [on("log_connections")])
	count(missing) == 1
	every f in missing {
		not "fix" in object.keys(f)
	}
}
