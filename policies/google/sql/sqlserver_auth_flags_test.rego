package srm.google.sql.sqlserver_auth_flags_test

import data.srm.google.sql.sqlserver_auth_flags as policy

doc(version, flags) := {"format": "terraform", "module": ".", "resources": {"google_sql_database_instance": [{
	"address": "google_sql_database_instance.db", "type": "google_sql_database_instance", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "db", "database_version": version, "settings": [{"tier": "db-custom-2-7680", "database_flags": flags}]},
}]}}

test_flags_on_are_reported if {
	findings := policy.deny with input as doc("SQLSERVER_2019_STANDARD", [
		{"name": "contained database authentication", "value": "on"},
		{"name": "3625", "value": "on"},
		{"name": "cross db ownership chaining", "value": "on"},
	])
	{f.path | some f in findings} == {["settings", 0, "database_flags", 0, "value"], ["settings", 0, "database_flags", 2, "value"]}
}

test_off_missing_or_other_engine_pass if {
	count(policy.deny) == 0 with input as doc("SQLSERVER_2019_STANDARD", [{"name": "contained database authentication", "value": "off"}])
	count(policy.deny) == 0 with input as doc("SQLSERVER_2019_STANDARD", [])
	count(policy.deny) == 0 with input as doc("SQLSERVER_2019_STANDARD", [{"name": "cross db ownership chaining", "value": "${var.v}"}])
	count(policy.deny) == 0 with input as doc("POSTGRES_15", [{"name": "contained database authentication", "value": "on"}])
}

test_fix_turns_each_flag_off if {
	findings := policy.deny with input as doc("SQLSERVER_2019_STANDARD", [
		{"name": "contained database authentication", "value": "on"},
		{"name": "cross db ownership chaining", "value": "on"},
	])
	{f.fix | some f in findings} == {
		[{"set": ["settings", 0, "database_flags", 0, "value"], "value": "off"}],
		[{"set": ["settings", 0, "database_flags", 1, "value"], "value": "off"}],
	}
}
