package srm.google.sql.postgres_pgaudit_test

import data.srm.google.sql.postgres_pgaudit as policy

instance(version, flags) := {"format": "terraform", "module": ".", "resources": {"google_sql_database_instance": [{
	"address": "google_sql_database_instance.db", "type": "google_sql_database_instance", "name": "db", "mode": "managed", "file": "main.tf",
	"values": {"name": "db", "database_version": version, "settings": [{"tier": "db-custom-2-7680", "database_flags": flags}]},
	"references": {},
}]}}

test_pgaudit_on_passes if {
	count(policy.deny) == 0 with input as instance("POSTGRES_16", [{"name": "cloudsql.enable_pgaudit", "value": "on"}, {"name": "pgaudit.log", "value": "all"}])
	count(policy.deny) == 0 with input as instance("POSTGRES_15", [{"name": "cloudsql.enable_pgaudit", "value": "On"}])
}

test_other_engines_ignored if {
	count(policy.deny) == 0 with input as instance("MYSQL_8_0", [])
	count(policy.deny) == 0 with input as instance("${var.version}", [])
}

test_unresolved_value_not_reported if {
	count(policy.deny) == 0 with input as instance("POSTGRES_16", [{"name": "cloudsql.enable_pgaudit", "value": "${var.pgaudit}"}])
	count(policy.deny) == 0 with input as instance("POSTGRES_16", [{"name": "${each.key}", "value": "${each.value}"}])
}

test_flag_off_reported if {
	findings := policy.deny with input as instance("POSTGRES_16", [{"name": "log_connections", "value": "on"}, {"name": "cloudsql.enable_pgaudit", "value": "off"}])
	{[f.resource, f.path] | some f in findings} == {["google_sql_database_instance.db", ["settings", 0, "database_flags", 1, "value"]]}
}

test_flag_missing_reported if {
	findings := policy.deny with input as instance("POSTGRES_16", [{"name": "log_connections", "value": "on"}])
	{f.path | some f in findings} == {["settings", 0, "database_flags"]}
	count(policy.deny) == 1 with input as instance("POSTGRES_14", [])
}

test_fix_only_for_a_flag_written_off if {
	off := policy.deny with input as instance("POSTGRES_16", [{"name": "cloudsql.enable_pgaudit", "value": "off"}])
	{f.fix | some f in off} == {[{"set": ["settings", 0, "database_flags", 0, "value"], "value": "on"}]}
	missing := policy.deny with input as instance("POSTGRES_16", [{"name": "log_connections", "value": "on"}])
	count(missing) == 1
	every f in missing {
		not "fix" in object.keys(f)
	}
}
