package srm.google.sql.mysql_local_infile_test

import data.srm.google.sql.mysql_local_infile as policy

instance(version, flags) := {"format": "terraform", "module": ".", "resources": {"google_sql_database_instance": [{
	"address": "google_sql_database_instance.db", "type": "google_sql_database_instance", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "db", "region": "europe-west1", "database_version": version, "settings": [{"tier": "db-custom-2-7680", "database_flags": flags}]},
}]}}

test_local_infile_on_is_reported if {
	findings := policy.deny with input as instance("MYSQL_8_4", [{"name": "slow_query_log", "value": "on"}, {"name": "local_infile", "value": "on"}])
	{f.path | some f in findings} == {["settings", 0, "database_flags", 1, "value"]}
	count(policy.deny) == 1 with input as instance("MYSQL_8_0_31", [{"name": "local_infile", "value": "ON"}])
}

test_off_omitted_and_other_engines_pass if {
	count(policy.deny) == 0 with input as instance("MYSQL_8_4", [{"name": "local_infile", "value": "off"}])
	count(policy.deny) == 0 with input as instance("MYSQL_8_4", [])
	count(policy.deny) == 0 with input as instance("POSTGRES_16", [{"name": "local_infile", "value": "on"}])
}

test_unresolved_is_unknown if {
	d := instance("MYSQL_8_4", [{"name": "local_infile", "value": "${var.local_infile}"}])
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_sql_database_instance.db", "path": ["settings", 0, "database_flags", 0, "value"]}} with input as d
}

test_fix_turns_local_infile_off if {
	findings := policy.deny with input as instance("MYSQL_8_0", [{"name": "slow_query_log", "value": "on"}, {"name": "local_infile", "value": "on"}])
	{f.fix | some f in findings} == {[{"set": ["settings", 0, "database_flags", 1, "value"], "value": "off"}]}
}
